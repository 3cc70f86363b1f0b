import { describe, expect, it } from 'vitest';
import { medianInterval } from '../../bench/stats';

const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('medianInterval (distribution-free CI of the median)', () => {
  it('takes the order statistics the binomial tables give', () => {
    // Conover's table for 95%: n = 20 -> x(6)..x(15), coverage 95.86%; n = 10 -> x(2)..x(9), 97.85%.
    expect(medianInterval(ranks(20))).toMatchObject({ low: 6, high: 15 });
    expect(medianInterval(ranks(20)).coverage).toBeCloseTo(0.9586, 4);
    expect(medianInterval(ranks(10))).toMatchObject({ low: 2, high: 9 });
    expect(medianInterval(ranks(10)).coverage).toBeCloseTo(0.9785, 4);
    // n = 6: only min..max reaches 95% (96.9%).
    expect(medianInterval(ranks(6))).toMatchObject({ low: 1, high: 6 });
  });

  it('says when there are too few samples, and leaves out samples that are not numbers', () => {
    const five = medianInterval(ranks(5));
    expect(five.low).toBeNaN();
    expect(five.high).toBeNaN();
    expect(medianInterval([...ranks(6), Number.NaN, Number.POSITIVE_INFINITY])).toMatchObject({ low: 1, high: 6, n: 6 });
  });

  it('does not underflow for many samples, and sorts its input', () => {
    const many = medianInterval(ranks(2000).reverse());
    expect(many.low).toBeGreaterThan(900);
    expect(many.high).toBeLessThan(1100);
    expect(many.high - 1000).toBe(1001 - many.low);
    expect(many.coverage).toBeGreaterThanOrEqual(0.95);
  });
});
