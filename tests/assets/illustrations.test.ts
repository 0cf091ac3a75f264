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

  describe('strokes that read at night', () => {
    const read = (id: string) => readFileSync(resolve(illustrationsDir, `${id}.svg`), 'utf8');
    // The drawings are 240 units wide and shown as small as 60 px, a quarter of that: a stroke
    // under 4 units is under 1 px there and fades into the dark background.
    const MIN_ANY_STROKE = 4;
    // The person is what a tired eye looks for first, so the figure is drawn bolder still.
    const MIN_FIGURE_STROKE = 6;
    // The working leg must stand out from the figure by weight as well as by colour.
    const MIN_WORKING_LEG_STROKE = 8;
    // A faint line is as hard to see at night as a thin one.
    const MIN_STROKE_OPACITY = 0.5;
    const figurePoses = [
      'calf-wall-stretch',
      'hamstring-stretch',
      'seated-stretch',
      'stand-heel-down',
      'calf-massage',
      'thigh-massage',
      'breathe',
      'rest',
    ];
    const legPoses = [...figurePoses.slice(0, 6), 'toes-toward-shin', 'warm-compress'];

    const numbers = (text: string, attribute: string): number[] =>
      [...text.matchAll(new RegExp(`\\s${attribute}="([0-9.]+)"`, 'g'))].map((m) => Number(m[1]));
    const colours = (text: string): string[] =>
      [...text.matchAll(/\s(?:stroke|fill)="(#[0-9a-fA-F]{6})"/g)].map((m) => m[1]!.toLowerCase());
    /** The opening tag's attributes and the body of the group with this id (groups do not nest). */
    const group = (svg: string, id: string) => {
      const found = new RegExp(`<g id="${id}"([^>]*)>([\\s\\S]*?)</g>`).exec(svg);
      expect(found, `a <g id="${id}">`).not.toBeNull();
      return { attributes: found![1]!, whole: found![0] };
    };

    it.each(ids)('%s has no stroke thinner or fainter than reads at 60 px', (id) => {
      const svg = read(id);
      for (const width of numbers(svg, 'stroke-width')) {
        if (width > 0) expect(width, id).toBeGreaterThanOrEqual(MIN_ANY_STROKE);
      }
      for (const opacity of numbers(svg, 'stroke-opacity')) {
        expect(opacity, id).toBeGreaterThanOrEqual(MIN_STROKE_OPACITY);
      }
    });

    it.each(ids)('%s uses no colour brighter than the app text (no white in a dark room)', (id) => {
      const brightness = (hex: string) =>
        [1, 3, 5].reduce((sum, at) => sum + parseInt(hex.slice(at, at + 2), 16), 0);
      for (const colour of colours(read(id))) {
        expect(brightness(colour), `${id} ${colour}`).toBeLessThanOrEqual(brightness('#f1dfc6'));
      }
    });

    it.each(figurePoses)(`%s draws the figure at least ${MIN_FIGURE_STROKE} units wide`, (id) => {
      const figure = group(read(id), 'figure');
      // The group states its width: without it the default of 1 unit would apply unseen.
      expect(figure.attributes).toMatch(/\sstroke-width="/);
      for (const width of numbers(figure.whole, 'stroke-width')) {
        expect(width, id).toBeGreaterThanOrEqual(MIN_FIGURE_STROKE);
      }
    });

    it.each(legPoses)('%s draws the working leg boldest, in a colour of its own', (id) => {
      const svg = read(id);
      const leg = group(svg, 'working-leg');
      expect(leg.attributes).toMatch(/\sstroke-width="/);
      const legWidths = numbers(leg.whole, 'stroke-width');
      for (const width of legWidths) {
        expect(width, id).toBeGreaterThanOrEqual(MIN_WORKING_LEG_STROKE);
      }
      const legColour = /\sstroke="(#[0-9a-fA-F]{6})"/.exec(leg.attributes)![1]!.toLowerCase();
      const rest = svg.replace(leg.whole, '');
      const otherStrokes = [...rest.matchAll(/\sstroke="(#[0-9a-fA-F]{6})"/g)].map((m) =>
        m[1]!.toLowerCase(),
      );
      expect(otherStrokes.length, id).toBeGreaterThan(0);
      expect(otherStrokes, id).not.toContain(legColour);
      // Bolder than anything else in the drawing, so it is the first thing the eye finds.
      const otherWidths = numbers(rest, 'stroke-width');
      expect(Math.max(...legWidths), id).toBeGreaterThan(Math.max(...otherWidths));
    });
  });

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
      expect(marked![1]).not.toBe('#dcc4a4'); // not the figure's colour
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
