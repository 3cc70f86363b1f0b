import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the test count per project after Vitest's own summary, so the tests of
 * the product read apart from the tests of the stand-ins.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = new Map<string, Record<'passed' | 'failed' | 'skipped' | 'pending', number>>();
    for (const module of testModules) {
      const name = module.project.name || 'default';
      const count = counts.get(name) ?? { passed: 0, failed: 0, skipped: 0, pending: 0 };
      for (const test of module.children.allTests()) count[test.result().state]++;
      counts.set(name, count);
    }
    const lines = [...counts].map(([name, count]) => {
      const extra = [count.failed && `${count.failed} failed`, count.skipped && `${count.skipped} skipped`, count.pending && `${count.pending} pending`].filter(Boolean);
      return `   ${name.padEnd(10)} ${count.passed} passed${extra.length ? `, ${extra.join(', ')}` : ''}`;
    });
    if (lines.length) process.stdout.write(`\n Tests per project\n${lines.join('\n')}\n\n`);
  }
}
