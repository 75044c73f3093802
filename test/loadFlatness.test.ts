import { describe, expect, it } from 'vitest';
import { rssFigures } from '../bench/load/rssSeries.js';

describe('the load test’s memory rule', () => {
  it('takes memory that saws between collections for flat, and memory that keeps climbing for a leak', () => {
    // A short CI phase: high after the climb, low after a collection, high again.
    expect(rssFigures([270, 275, 250, 227, 220, 226, 260, 276, 240]).flat).toBe(true);
    expect(rssFigures([150, 160, 170, 185, 200, 215, 240, 260, 290]).flat).toBe(false);
    expect(rssFigures([150, 150, 150]).flat).toBe(true);
  });
});
