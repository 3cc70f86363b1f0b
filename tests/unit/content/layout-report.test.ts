import { describe, expect, it } from 'vitest';
import { layoutReport } from '../../../src/content/clevertap/layout-report';
import { createFakeEditor } from './fake-editor';

describe('Copy layout report', () => {
  it('outlines controls by role, name, tag and type, with counts, and never holds a value or typed text', () => {
    const fake = createFakeEditor({ rows: [{ k: 'secret_key', v: 'secret value' }, { k: 'utm', v: 'x@example.com' }], body: 'private body text' });
    const report = layoutReport(fake.dialog);
    expect(report).toContain('dialog: dialog div "Create Webhook Content"');
    expect(report).toContain('radio input[type=radio] "JSON" (checked)');
    expect(report).toContain('list ul "Key-value pairs" (2 items)');
    expect(report).toContain('textbox input[type=text] "Key 1"');
    expect(report).toContain('button button "+ Key-Value Pair"');
    expect(report).toMatch(/counts: .*textbox input\[type=text\] 4/);
    for (const secret of ['secret_key', 'secret value', 'x@example.com', 'private body text']) expect(report).not.toContain(secret);
  });
});
