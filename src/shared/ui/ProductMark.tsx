import { createElement } from 'react';
import { PRODUCT_MARK_SHAPES, PRODUCT_MARK_VIEWBOX } from './product-mark';

/** The product mark (see product-mark.ts), decorative: the heading beside it names the product. */
export function ProductMark({ size, className }: { size: number; className?: string }) {
  return (
    <svg className={className} viewBox={PRODUCT_MARK_VIEWBOX} width={size} height={size} aria-hidden="true" focusable="false">
      {PRODUCT_MARK_SHAPES.map(([tag, attributes], index) => createElement(tag, { key: index, ...reactAttributes(attributes) }))}
    </svg>
  );
}

/** SVG attribute names as React spells them (stroke-width -> strokeWidth). */
function reactAttributes(attributes: Readonly<Record<string, string | number>>) {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()), value]));
}
