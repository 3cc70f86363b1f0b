/**
 * Every string a marketer reads goes through t() (src/shared/i18n.ts): no component
 * renders literal English. Parses every src/**\/*.tsx and flags JSX text, string and
 * template literals rendered as JSX children (also inside ?:, && and ||), and literals
 * given to the props a person reads or hears (aria-label, title, placeholder, alt,
 * label, hint, legend, ...). Also flags, in every src/**\/*.ts(x), object properties
 * named `text` (status lines and notes the picker shows) holding an English sentence,
 * and DOM code outside React: literals assigned to textContent, innerText, innerHTML
 * (its text between the tags) and the visible properties, or given to setAttribute
 * for a visible attribute.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

/** Props whose value a person reads or a screen reader speaks. */
const VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'legend',
  'summary',
]);

/** DOM properties whose value a person reads (outside React, in the content script's own DOM code). */
const VISIBLE_DOM_PROPERTIES = new Set(['textContent', 'innerText', 'innerHTML', 'title', 'placeholder', 'alt', 'ariaLabel', 'ariaDescription']);

/** The text of HTML markup as a person reads it: without style sheets and tags. */
const readableText = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ');

/** Object properties that carry text the picker shows (StatusMessage, Guidance). */
const VISIBLE_KEYS = new Set(['text']);

/** A run of two or more Latin letters: an English word (symbols, numbers and CJK pass). */
const ENGLISH_WORD = /[A-Za-z]{2,}/;

interface Finding {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

type Node = { type: string; start: number; [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The literal text in a string or template literal; for a template, its fixed parts. */
function literalText(node: Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return (node.quasis as Array<{ value: { cooked: string } }>).map((quasi) => quasi.value.cooked).join('{}');
  return null;
}

/** The literals an expression renders as text: itself, or the branches of ?:, && and ||. */
function renderedLiterals(node: Node): Node[] {
  if (node.type === 'ConditionalExpression') return [...renderedLiterals(node.consequent as Node), ...renderedLiterals(node.alternate as Node)];
  if (node.type === 'LogicalExpression') return renderedLiterals(node.right as Node).concat(node.operator === '&&' ? [] : renderedLiterals(node.left as Node));
  if (node.type === 'ParenthesizedExpression') return renderedLiterals(node.expression as Node);
  return literalText(node) === null ? [] : [node];
}

export function findLiteralEnglish(path: string, code: string): Finding[] {
  const findings: Finding[] = [];
  const lineOf = (offset: number) => code.slice(0, offset).split('\n').length;
  const flag = (node: Node, text: string) => {
    if (ENGLISH_WORD.test(text)) findings.push({ file: relative(ROOT, path), line: lineOf(node.start), text: text.trim() });
  };
  const { program, errors } = parseSync(path, code, { lang: path.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (errors.length) throw new Error(`${path} does not parse: ${errors[0]?.message}`);

  const visit = (node: Node) => {
    if (node.type === 'JSXText') flag(node, node.value as string);
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
      for (const child of node.children as Node[]) {
        if (child.type === 'JSXExpressionContainer' && isNode(child.expression)) {
          for (const literal of renderedLiterals(child.expression)) flag(literal, literalText(literal) ?? '');
        }
      }
    }
    if (node.type === 'JSXAttribute') {
      const name = (node.name as Node).name as string;
      const value = node.value as Node | null;
      if (VISIBLE_PROPS.has(name) && value) {
        const expression = value.type === 'JSXExpressionContainer' ? (value.expression as Node) : value;
        for (const literal of renderedLiterals(expression)) flag(literal, literalText(literal) ?? '');
      }
    }
    if (node.type === 'Property' && !node.computed && isNode(node.key) && VISIBLE_KEYS.has((node.key.name ?? node.key.value) as string)) {
      // A one-word value there is an enum member ({ kind: 'text' }), a sentence is text.
      for (const literal of renderedLiterals(node.value as Node)) if (/\s/.test(literalText(literal) ?? '')) flag(literal, literalText(literal) ?? '');
    }
    if (node.type === 'AssignmentExpression' && isNode(node.left) && node.left.type === 'MemberExpression' && isNode(node.left.property)) {
      const property = node.left.property.name as string;
      // A <style> element's text is CSS, not words a person reads.
      const isStyleSheet = isNode(node.left.object) && /style$/i.test((node.left.object.name as string | undefined) ?? '');
      if (VISIBLE_DOM_PROPERTIES.has(property) && !isStyleSheet) {
        for (const literal of renderedLiterals(node.right as Node)) flag(literal, property === 'innerHTML' ? readableText(literalText(literal) ?? '') : (literalText(literal) ?? ''));
      }
    }
    if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'MemberExpression' && isNode(node.callee.property) && node.callee.property.name === 'setAttribute') {
      const [name, value] = node.arguments as Node[];
      if (name && value && VISIBLE_PROPS.has(literalText(name) ?? '')) for (const literal of renderedLiterals(value)) flag(literal, literalText(literal) ?? '');
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.filter(isNode).forEach(visit);
      else if (isNode(value)) visit(value);
    }
  };
  visit(program as unknown as Node);
  return findings;
}

describe('no component renders literal English', () => {
  it('finds JSX text, rendered literals, visible props and status text in a sample', () => {
    const sample = `
      const a = <p title="Full name" aria-label={ok ? 'Close it' : t('x')}>Hello {busy ? 'Saving…' : t('y')} {n && \`\${n} more\`}</p>;
      const b = { tone: 'info', text: 'Writing to the editor…' };
      const c = <span className="option-key" data-x="plain words">{'·'} {t('z')} 42</span>;
      host.textContent = 'Reload page';
      root.innerHTML = \`<style>div { font: 14px system-ui }</style><div role="alert"><span>Was updated</span></div>\`;
      button.setAttribute('aria-label', 'Dismiss');
      button.setAttribute('data-kind', 'plain words');
      button.className = 'close button';
      label.textContent = t('ok');
      style.textContent = \`div { font: 14px system-ui }\`;
    `;
    const texts = findLiteralEnglish(join(SRC, 'sample.tsx'), sample).map((finding) => finding.text);
    expect(texts.sort()).toEqual(['Close it', 'Dismiss', 'Full name', 'Hello', 'Reload page', 'Saving…', 'Was updated', 'Writing to the editor…', '{} more']);
  });

  it('src/ has none', () => {
    const findings = sourceFiles(SRC).flatMap((file) => findLiteralEnglish(file, readFileSync(file, 'utf8')));
    expect(findings.map((finding) => `${finding.file}:${finding.line} ${JSON.stringify(finding.text)}`)).toEqual([]);
    // Parses every source file: a CPU budget, not a wait, so a loaded machine gets room.
  }, 30_000);
});
