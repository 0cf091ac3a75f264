import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF, as a reader would copy it: pdf.js (its Node build) reads the
 * file's own text, pieces joined as laid out, a line break where the PDF ends a line.
 */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : ''))
          .join(''),
      );
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** What a screen reader gets from a PDF besides its text. */
export interface PdfAccessibility {
  /** The document's title (its Info dictionary), which a reader announces. */
  readonly title: string | null;
  /** The document's language (the catalog's /Lang). */
  readonly language: string | null;
  /** Marked as tagged (the catalog's MarkInfo), so a reader follows its tags. */
  readonly isTagged: boolean;
  /** The roles in the first page's tag tree ("H1", "Table", "TH", "P", ...). */
  readonly firstPageRoles: ReadonlySet<string>;
}

/** Reads a PDF's title, language and tags, as pdf.js (like a screen reader's PDF host) finds them. */
export async function pdfAccessibility(bytes: Uint8Array): Promise<PdfAccessibility> {
  // A copy: pdf.js hands its data over to its worker, which leaves the caller's bytes empty.
  const document = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  try {
    const info = (await document.getMetadata()).info as Record<string, unknown>;
    const markInfo = (await document.getMarkInfo()) as { Marked?: boolean } | null;
    const roles = new Set<string>();
    type Node = { role?: string; children?: Node[] };
    const walk = (node: Node | null) => {
      if (!node) return;
      if (node.role) roles.add(node.role);
      for (const child of node.children ?? []) walk(child);
    };
    walk((await (await document.getPage(1)).getStructTree()) as Node | null);
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
    return {
      title: text(info['Title']),
      language: text(info['Language']),
      isTagged: markInfo?.Marked === true,
      firstPageRoles: roles,
    };
  } finally {
    await document.destroy();
  }
}
