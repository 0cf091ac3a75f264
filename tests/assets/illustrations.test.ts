import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IllustrationIdSchema } from '../../core/routines/routine-schema';

const here = dirname(fileURLToPath(import.meta.url));
const illustrationsDir = resolve(here, '../../assets/illustrations');

// Every drawing a step can name, from the routine schema itself.
const ids = IllustrationIdSchema.options;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

describe('illustrations', () => {
  for (const id of ids) {
    describe(id, () => {
      const file = resolve(illustrationsDir, `${id}.svg`);
      const read = (): string => readFileSync(file, 'utf8');

      it('exists', () => {
        expect(existsSync(file)).toBe(true);
      });

      it('is under 4 KB', () => {
        expect(statSync(file).size).toBeLessThan(4096);
      });

      it('has a viewBox, a <title> and role="img"', () => {
        const svg = read();
        expect(svg).toMatch(/<svg[^>]*\sviewBox="[^"]+"/);
        expect(svg).toMatch(/<title[^>]*>[^<]+<\/title>/);
        expect(svg).toMatch(/<svg[^>]*\srole="img"/);
      });

      it('has no scripts or event attributes', () => {
        const svg = read();
        expect(svg.toLowerCase()).not.toContain('<script');
        expect(svg).not.toMatch(/\son[a-z]+=/i);
      });

      it('has no external references other than the SVG namespace', () => {
        const withoutNamespace = read().split(SVG_NAMESPACE).join('');
        expect(withoutNamespace).not.toMatch(/https?:/i);
      });

      it('has no <image>, <foreignObject> or <style>', () => {
        const svg = read().toLowerCase();
        expect(svg).not.toContain('<image');
        expect(svg).not.toContain('<foreignobject');
        expect(svg).not.toContain('<style');
      });
    });
  }

  describe('the legs that work', () => {
    const read = (id: string) => readFileSync(resolve(illustrationsDir, `${id}.svg`), 'utf8');
    const legPoses = [
      'calf-wall-stretch',
      'hamstring-stretch',
      'seated-stretch',
      'toes-toward-shin',
      'stand-heel-down',
      'calf-massage',
      'thigh-massage',
      'warm-compress',
    ];

    it.each(legPoses)('%s marks the working leg in its own colour', (id) => {
      const marked = /<g id="working-leg"[^>]*stroke="(#[0-9a-f]{6})"[^>]*>([\s\S]*?)<\/g>/.exec(
        read(id),
      );
      expect(marked, id).not.toBeNull();
      expect(marked![1]).not.toBe('#e9c9a2'); // not the figure's colour
      expect(marked![2]).toMatch(/<path /);
    });

    it('draws the hamstring stretch as its words say: heel on the floor, a chair held', () => {
      const svg = read('hamstring-stretch');
      expect(svg).toMatch(/<title[^>]*>[^<]*holding a chair back[^<]*heel on the floor/);
      // The working heel rests at floor level (y 204 to 210), not up on a step.
      const leg = /<g id="working-leg"[^>]*>\s*<path d="M\d+ \d+ L(\d+) (\d+)"/.exec(svg)!;
      expect(Number(leg[2])).toBeGreaterThanOrEqual(204);
    });
  });
});
