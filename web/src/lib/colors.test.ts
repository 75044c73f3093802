import { describe, expect, it } from 'vitest';
import { contrast, labelColor, LABEL_COLORS, labelTone, mix, STATE_COLORS, TONES } from './colors';

describe('colors', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('gives every label badge readable text (AA, 4.5:1)', () => {
    for (const label of [...Object.keys(LABEL_COLORS), 'Unknown']) {
      const { fg, bg } = labelTone(label);
      expect(contrast(fg, bg), label).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives every state badge readable text (AA, 4.5:1)', () => {
    for (const [value, { fg, bg }] of Object.entries(TONES)) expect(contrast(fg, bg), value).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps canvas and chart colours visible on white (3:1 for graphics)', () => {
    for (const label of Object.keys(LABEL_COLORS)) expect(contrast(labelColor(label), '#ffffff'), label).toBeGreaterThanOrEqual(3);
    for (const key of ['stale', 'expiring', 'current', 'uncovered'] as const) {
      expect(contrast(STATE_COLORS[key], '#ffffff'), key).toBeGreaterThanOrEqual(3);
    }
  });
});
