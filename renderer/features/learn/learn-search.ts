import type { LearnKey, LearnPart, LearnSection } from './learn-sections';

/** Text made comparable: lower case, without accents, one kind of apostrophe. */
const comparable = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").toLowerCase();

/**
 * The sections (and within them the paragraphs and list items) that hold every word of `query`,
 * with `text` giving a key's words. A matching heading keeps all under it; a section's actions
 * stay with it, and a list of steps stays whole. An empty query keeps everything.
 */
export function searchLearn(
  sections: readonly LearnSection[],
  text: (key: LearnKey) => string,
  query: string,
): readonly LearnSection[] {
  const words = comparable(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return sections;
  const has = (key: LearnKey) => {
    const written = comparable(text(key));
    return words.every((word) => written.includes(word));
  };
  return sections.flatMap((section) => {
    if (has(section.heading)) return [section];
    const parts = section.parts.flatMap((part): LearnPart[] => {
      if (part.action || (part.heading && has(part.heading))) return [part];
      const paragraphs = part.paragraphs?.filter(has) ?? [];
      // Steps in order stay together: a step alone would lose its place.
      const list =
        (part.isOrdered ? (part.list?.some(has) ? part.list : []) : part.list?.filter(has)) ?? [];
      return paragraphs.length + list.length > 0 ? [{ ...part, paragraphs, list }] : [];
    });
    return parts.some((part) => !part.action) ? [{ ...section, parts }] : [];
  });
}
