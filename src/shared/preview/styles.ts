/**
 * CSS for one view, the way Sendbird's React renderer lays templates out
 * (sendbird-uikit-react's message-template view): every view is a flex box
 * that hides overflow; "fill" takes 100% (and flex: 1 along the parent's
 * axis), "fixed" takes its pixels, "wrap" takes its content; a box's align
 * maps to justify-content on its main axis and align-items on the other;
 * borders are drawn on an overlay so they do not take up room.
 */
import type { CSSProperties } from 'react';
import type { Align, ImageNode, Layout, TemplateBody, ViewNode } from './model';

export type Style = CSSProperties & { [custom: `--${string}`]: string | number };

type DrawableNode = Exclude<ViewNode, { type: 'unsupported' }>;

export function alignInFlex(value: Align['horizontal'] | Align['vertical']): 'flex-start' | 'center' | 'flex-end' {
  if (value === 'center') return 'center';
  if (value === 'right' || value === 'bottom') return 'flex-end';
  return 'flex-start';
}

export function nodeStyle(node: DrawableNode, parentLayout: Layout, siblings: readonly ViewNode[] = [], index = 0): Style {
  const style: Style = {};
  const { width, height } = node;

  if (width.type === 'flex' && width.value === 0) {
    style.width = '100%';
    if (parentLayout === 'row') style.flex = '1 1 0%';
  } else if (width.type === 'fixed') {
    style.width = width.value;
  }
  if (height.type === 'flex' && height.value === 0) {
    style.height = '100%';
    if (parentLayout === 'column') style.flex = '1 1 0%';
  } else if (height.type === 'fixed') {
    style.height = height.value;
  }

  const { margin, padding, backgroundColor, borderWidth, borderColor, radius } = node.style;
  if (margin) {
    if (margin.top) style.marginTop = margin.top;
    if (margin.right) style.marginRight = margin.right;
    if (margin.bottom) style.marginBottom = margin.bottom;
    if (margin.left) style.marginLeft = margin.left;
    const horizontal = margin.left + margin.right;
    if (horizontal > 0 && style.width === '100%') style.width = `calc(100% - ${horizontal}px)`;
  }
  if (padding) {
    if (padding.top) style.paddingTop = padding.top;
    if (padding.right) style.paddingRight = padding.right;
    if (padding.bottom) style.paddingBottom = padding.bottom;
    if (padding.left) style.paddingLeft = padding.left;
  }
  if (backgroundColor) style.backgroundColor = backgroundColor;
  // A background image is drawn as an <img> behind the content (Backdrop in TemplatePreview), never as CSS
  // url(): CSS cannot ask for no referrer, and in a CleverTap page the Referer is the dashboard's URL.
  if (borderWidth) {
    style['--sbp-border-width'] = `${borderWidth}px`;
    style['--sbp-border-color'] = borderColor ?? 'transparent';
  }
  if (radius) {
    style.borderRadius = radius;
    style['--sbp-border-radius'] = `${radius}px`;
  }

  switch (node.type) {
    case 'box':
      if (node.layout === 'row') {
        style.flexDirection = 'row';
        style.alignItems = alignInFlex(node.align.vertical);
        style.justifyContent = alignInFlex(node.align.horizontal);
      } else {
        style.flexDirection = 'column';
        style.alignItems = alignInFlex(node.align.horizontal);
        style.justifyContent = alignInFlex(node.align.vertical);
      }
      break;
    case 'text':
      style.flexDirection = 'row';
      style.alignItems = alignInFlex(node.align.vertical);
      style.justifyContent = alignInFlex(node.align.horizontal);
      style.textAlign = node.align.horizontal;
      Object.assign(style, fontStyle(node.textStyle));
      if (width.type === 'flex' && width.value === 1) style.maxWidth = '100%';
      // Sendbird: when every sibling is wrap-width text, only the last one may shrink,
      // so a long first text pushes the rest onto their minimum.
      if (siblings.length >= 2 && siblings.every(isWrappedText)) style.flexShrink = index === siblings.length - 1 ? 1 : 0;
      break;
    case 'textButton':
      style.alignItems = 'center';
      style.justifyContent = 'center';
      style.textAlign = 'center';
      Object.assign(style, fontStyle(node.textStyle));
      if (width.type === 'flex' && width.value === 1) style.maxWidth = '100%';
      break;
    case 'image':
    case 'imageButton':
      if (node.aspectRatio && width.type !== 'fixed' && height.type !== 'fixed') style.aspectRatio = String(node.aspectRatio);
      break;
    case 'carouselView':
      style.flexDirection = 'row';
      style.gap = node.spacing;
      break;
    case 'cascadeView':
      style.flexDirection = 'column';
      style.gap = node.spacing;
      break;
  }
  return style;
}

function fontStyle(textStyle: { size?: number; color?: string; weight?: string | number }): Style {
  const style: Style = {};
  if (textStyle.size) style.fontSize = textStyle.size;
  if (textStyle.color) style.color = textStyle.color;
  if (textStyle.weight !== undefined) style.fontWeight = textStyle.weight as CSSProperties['fontWeight'];
  return style;
}

function isWrappedText(node: ViewNode): boolean {
  return node.type === 'text' && node.width.type === 'flex' && node.width.value === 1;
}

export function objectFit(mode: ImageNode['contentMode']): 'contain' | 'cover' | 'fill' {
  return mode === 'aspectFill' ? 'cover' : mode === 'scalesToFill' ? 'fill' : 'contain';
}

/** Text that is fixed-size or fills its parent is kept inside it (Sendbird: `isFixedOrFill`). */
export function isFixedOrFill(node: DrawableNode): boolean {
  const { width, height } = node;
  return width.type === 'fixed' || height.type === 'fixed' || (width.type === 'flex' && width.value === 0) || (height.type === 'flex' && height.value === 0);
}

/** A carousel card whose root has a fixed width keeps it; others take the carousel's maximum (or less). */
export function cardStyle(body: TemplateBody, maxChildWidth: number): Style {
  const first = body.items[0];
  if (first && first.type !== 'unsupported' && first.width.type === 'fixed') return { width: first.width.value };
  return { width: `min(${maxChildWidth}px, 100%)` };
}
