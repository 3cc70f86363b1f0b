/**
 * Finding CleverTap's controls by what a person sees: text and labels, compared
 * case-insensitively with collapsed whitespace and a leading "+" ignored
 * ("+ Key-Value Pair" and "Key-Value Pair" with a plus icon are the same button).
 */
export function normalizeLabel(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\+\s*/, '')
    .toLowerCase();
}

export function sameLabel(a: string | null | undefined, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

/** Our own UI lives in elements marked like this; searches skip them. */
export const OWN_UI_ATTRIBUTE = 'data-sendbird-ui';

export function isOwnUi(element: Element): boolean {
  return element.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null;
}

/**
 * Elements whose whole visible text is `label`: the innermost element holding a
 * text node that contains it. XPath keeps this a single native pass.
 */
export function elementsWithText(root: Node, label: string): HTMLElement[] {
  const wanted = normalizeLabel(label);
  const needle = wanted.split(' ').slice(-2).join(' ');
  const doc = root.ownerDocument ?? (root as Document);
  const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const query = `.//text()[contains(translate(., '${upper}', '${upper.toLowerCase()}'), ${xpathString(needle)})]`;
  const result = doc.evaluate(query, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const found = new Set<HTMLElement>();
  for (let i = 0; i < result.snapshotLength; i++) {
    let element = result.snapshotItem(i)?.parentElement ?? null;
    for (let depth = 0; element && depth < 3; depth++, element = element.parentElement) {
      if (normalizeLabel(element.textContent) === wanted) {
        if (!isOwnUi(element)) found.add(element);
        break;
      }
    }
  }
  return [...found];
}

function xpathString(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  return `concat('${value.split("'").join(`', "'", '`)}')`;
}

/** The accessible label of a form control, as far as the DOM says. */
export function labelOf(control: Element): string {
  const labelled = control.getAttribute('aria-labelledby');
  if (labelled) {
    const text = labelled
      .split(/\s+/)
      .map((id) => control.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  const aria = control.getAttribute('aria-label');
  if (aria) return aria;
  const labels = (control as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map((label) => label.textContent ?? '').join(' ');
  return control.getAttribute('title') ?? control.getAttribute('placeholder') ?? '';
}

/** Form controls matching `selector` whose label is `label` (never our own). */
export function controlsNamed<T extends HTMLElement>(root: ParentNode, selector: string, label: string): T[] {
  return [...root.querySelectorAll<T>(selector)].filter((control) => !isOwnUi(control) && sameLabel(labelOf(control), label));
}

/** Buttons (or button-like elements) whose text or label is `label`. */
export function buttonsNamed(root: ParentNode, label: string): HTMLElement[] {
  const candidates = root.querySelectorAll<HTMLElement>('button, [role="button"], a, input[type="button"], input[type="submit"]');
  return [...candidates].filter(
    (candidate) => !isOwnUi(candidate) && (sameLabel(candidate.textContent, label) || sameLabel(candidate.getAttribute('aria-label'), label) || sameLabel((candidate as HTMLInputElement).value, label)),
  );
}

/** A choice control (radio, tab, toggle) whose label is `label`. */
export function choiceNamed(root: ParentNode, label: string): HTMLElement | undefined {
  const candidates = root.querySelectorAll<HTMLElement>('input[type="radio"], [role="radio"], [role="tab"], [aria-pressed], input[type="checkbox"]');
  for (const candidate of candidates) {
    if (isOwnUi(candidate)) continue;
    if (sameLabel(labelOf(candidate), label) || sameLabel(candidate.textContent, label)) return candidate;
    // A radio whose text sits next to it in a wrapping element.
    if (candidate instanceof HTMLInputElement && sameLabel(candidate.parentElement?.textContent, label)) return candidate;
  }
  return undefined;
}

export function isChosen(control: HTMLElement): boolean {
  if (control instanceof HTMLInputElement) return control.checked;
  return control.getAttribute('aria-checked') === 'true' || control.getAttribute('aria-selected') === 'true' || control.getAttribute('aria-pressed') === 'true';
}

/** Whether a person could see the element (rendered, not hidden). */
export function isShown(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.hidden || element.closest('[hidden], [aria-hidden="true"]')) return false;
  return html.getClientRects().length > 0;
}
