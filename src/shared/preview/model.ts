/**
 * Turns a raw `ui_template` (untrusted JSON: numbers as strings, missing or
 * unknown fields, unknown component types) into a small, fully resolved view
 * tree: variables filled in, colors converted, sizes and numbers parsed,
 * image URLs checked (https only). The React renderer only draws this tree.
 *
 * Defaults and semantics follow Sendbird's own renderer
 * (@sendbird/uikit-message-template `defaultProperties`, and the React view
 * of sendbird-uikit-react): root layout column; box layout row, aligned
 * top-left; width fills the parent and height wraps the content unless told;
 * text buttons show one line; carousels space children 10 px and cap them at
 * 240 px; images default to aspectFit.
 */
import { t } from '../i18n';
import { imageHostOf, isSendbirdImageHost } from '../image-hosts';
import { toCssColor } from './colors';
import { fillSegments, fillString, type FillContext, type Segment } from './variables';

export const SUPPORTED_TEMPLATE_VERSIONS: readonly number[] = [1, 2];
const MAX_DEPTH = 24;
const MAX_NODES = 2_000;

export type Layout = 'row' | 'column';
export type SizeSpec = { type: 'fixed'; value: number } | { type: 'flex'; value: 0 | 1 };
export const FILL: SizeSpec = { type: 'flex', value: 0 };
export const WRAP: SizeSpec = { type: 'flex', value: 1 };

export interface Align {
  horizontal: 'left' | 'center' | 'right';
  vertical: 'top' | 'center' | 'bottom';
}

export interface Edges {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Where an image comes from, or why it is not shown. */
export type ImageSource =
  | { kind: 'https'; url: string }
  | { kind: 'unfilled'; raw: string; names: string[] }
  | { kind: 'blocked'; raw: string }
  | { kind: 'missing' };

export interface ResolvedViewStyle {
  backgroundColor?: string;
  backgroundImage?: ImageSource;
  borderWidth?: number;
  borderColor?: string;
  radius?: number;
  margin?: Edges;
  padding?: Edges;
}

export interface ResolvedTextStyle {
  size?: number;
  color?: string;
  weight?: string | number;
}

export interface ResolvedAction {
  type: string;
  data: string;
}

interface ViewCommon {
  width: SizeSpec;
  height: SizeSpec;
  style: ResolvedViewStyle;
  action?: ResolvedAction;
}

export interface BoxNode extends ViewCommon {
  type: 'box';
  layout: Layout;
  align: Align;
  items: ViewNode[];
}

export interface TextNode extends ViewCommon {
  type: 'text';
  segments: Segment[];
  maxTextLines?: number;
  align: Align;
  textStyle: ResolvedTextStyle;
}

export interface TextButtonNode extends ViewCommon {
  type: 'textButton';
  segments: Segment[];
  maxTextLines: number;
  textStyle: ResolvedTextStyle;
}

export type ContentMode = 'aspectFit' | 'aspectFill' | 'scalesToFill';

export interface ImageNode extends ViewCommon {
  type: 'image' | 'imageButton';
  source: ImageSource;
  contentMode: ContentMode;
  tintColor?: string;
  /** pixelWidth / pixelHeight, when both are known. */
  aspectRatio?: number;
}

export interface TemplateBody {
  items: ViewNode[];
}

export interface CarouselNode extends ViewCommon {
  type: 'carouselView';
  spacing: number;
  maxChildWidth: number;
  items: TemplateBody[];
}

export interface CascadeNode extends ViewCommon {
  type: 'cascadeView';
  spacing: number;
  items: TemplateBody[];
}

/** Anything we cannot draw: shown as a visible placeholder, never thrown. */
export interface UnsupportedNode {
  type: 'unsupported';
  /** The component's `type`, when it had one. */
  componentType?: string;
  reason: string;
}

export type ViewNode = BoxNode | TextNode | TextButtonNode | ImageNode | CarouselNode | CascadeNode | UnsupportedNode;

export interface BuildResult {
  items: ViewNode[];
  /** Things the marketer should know: unsupported parts, images not shown, unknown placeholders. */
  notes: string[];
  /** Hosts other than Sendbird's that the template's https images come from, in order of appearance. */
  foreignImageHosts: string[];
}

type Raw = Record<string, unknown>;

interface BuildState {
  context: FillContext;
  nodes: number;
  notes: Set<string>;
  foreignImageHosts: Set<string>;
}

export function buildView(items: unknown, context: FillContext): BuildResult {
  const state: BuildState = { context, nodes: 0, notes: new Set(), foreignImageHosts: new Set() };
  const built = buildItems(items, state, 0);
  return { items: built, notes: [...state.notes], foreignImageHosts: [...state.foreignImageHosts] };
}

function buildItems(items: unknown, state: BuildState, depth: number): ViewNode[] {
  if (!Array.isArray(items)) return [];
  const nodes: ViewNode[] = [];
  for (const item of items) {
    if (state.nodes >= MAX_NODES) {
      nodes.push({ type: 'unsupported', reason: t('preview_tooManyComponents', MAX_NODES) });
      state.notes.add(t('preview_firstComponentsOnly', MAX_NODES));
      break;
    }
    nodes.push(buildNode(item, state, depth));
  }
  return nodes;
}

function buildNode(raw: unknown, state: BuildState, depth: number): ViewNode {
  state.nodes += 1;
  if (!isObject(raw)) {
    state.notes.add(t('preview_unreadableComponent'));
    return { type: 'unsupported', reason: t('preview_notAComponent') };
  }
  const type = typeof raw.type === 'string' ? raw.type : undefined;
  if (depth >= MAX_DEPTH) {
    state.notes.add(t('preview_nestedTooDeep'));
    return { type: 'unsupported', componentType: type, reason: t('preview_nestedTooDeepShort') };
  }
  const { context } = state;
  const common: ViewCommon = {
    width: sizeSpec(raw.width, FILL, context),
    height: sizeSpec(raw.height, WRAP, context),
    style: viewStyle(raw.viewStyle, state),
    ...action(raw.action, context),
  };

  switch (type) {
    case 'box':
      return {
        ...common,
        type: 'box',
        layout: raw.layout === 'column' ? 'column' : 'row',
        align: align(raw.align),
        items: buildItems(raw.items, state, depth + 1),
      };
    case 'text':
      return {
        ...common,
        type: 'text',
        segments: textSegments(raw.text, state),
        maxTextLines: positiveInt(raw.maxTextLines, context),
        align: align(raw.align),
        textStyle: textStyle(raw.textStyle, context),
      };
    case 'textButton':
      return {
        ...common,
        type: 'textButton',
        segments: textSegments(raw.text, state),
        maxTextLines: positiveInt(raw.maxTextLines, context) ?? 1,
        textStyle: textStyle(raw.textStyle, context, 500),
      };
    case 'image':
    case 'imageButton': {
      const imageStyle = isObject(raw.imageStyle) ? raw.imageStyle : {};
      const metaData = isObject(raw.metaData) ? raw.metaData : {};
      const pixelWidth = number(metaData.pixelWidth, context);
      const pixelHeight = number(metaData.pixelHeight, context);
      return {
        ...common,
        type,
        source: imageSource(raw.imageUrl, state),
        contentMode: contentMode(imageStyle.contentMode),
        tintColor: color(imageStyle.tintColor, context),
        aspectRatio: pixelWidth && pixelHeight && pixelWidth > 0 && pixelHeight > 0 ? pixelWidth / pixelHeight : undefined,
      };
    }
    case 'carouselView':
    case 'cascadeView': {
      if (!Array.isArray(raw.items)) {
        const why = typeof raw.items === 'string' && raw.items.startsWith('{@')
          ? t('preview_cardsFromData', raw.items)
          : t('preview_noCards');
        state.notes.add(t(type === 'carouselView' ? 'preview_carouselNotShown' : 'preview_cascadeNotShown', why));
        return { type: 'unsupported', componentType: type, reason: why };
      }
      const bodies = raw.items.map((item) => templateBody(item, state, depth + 1));
      if (type === 'carouselView') {
        const carouselStyle = isObject(raw.carouselStyle) ? raw.carouselStyle : {};
        return {
          ...common,
          type,
          spacing: nonNegative(carouselStyle.spacing, context) ?? 10,
          maxChildWidth: positive(carouselStyle.maxChildWidth, context) ?? 240,
          items: bodies,
        };
      }
      const cascadeStyle = isObject(raw.cascadeStyle) ? raw.cascadeStyle : {};
      return { ...common, type, spacing: nonNegative(cascadeStyle.spacing, context) ?? 10, items: bodies };
    }
    default: {
      state.notes.add(type ? t('preview_unsupportedNote', type) : t('preview_untypedNote'));
      return { type: 'unsupported', componentType: type, reason: type ? t('preview_unsupportedComponent', type) : t('preview_untypedComponent') };
    }
  }
}

/** A carousel card is a whole template: `{version, body: {items}}` (bare item arrays are accepted too). */
function templateBody(raw: unknown, state: BuildState, depth: number): TemplateBody {
  if (Array.isArray(raw)) return { items: buildItems(raw, state, depth) };
  if (isObject(raw) && isObject(raw.body) && Array.isArray(raw.body.items)) return { items: buildItems(raw.body.items, state, depth) };
  state.notes.add(t('preview_unreadableCard'));
  return { items: [{ type: 'unsupported', reason: t('preview_cardNotTemplate') }] };
}

function textSegments(raw: unknown, state: BuildState): Segment[] {
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
  const segments = fillSegments(text, state.context);
  for (const segment of segments) {
    if (segment.kind === 'unknown') state.notes.add(t('preview_unknownVariable', segment.name));
  }
  return segments;
}

function imageSource(raw: unknown, state: BuildState): ImageSource {
  if (typeof raw !== 'string' || !raw.trim()) return { kind: 'missing' };
  const filled = fillString(raw.trim(), state.context);
  if (filled.unfilled.length) return { kind: 'unfilled', raw: raw.trim(), names: filled.unfilled };
  const url = httpsUrl(filled.value);
  if (url) {
    const host = imageHostOf(url);
    if (host && !isSendbirdImageHost(host)) state.foreignImageHosts.add(host);
    return { kind: 'https', url };
  }
  state.notes.add(t('preview_imagesHttpsOnly'));
  return { kind: 'blocked', raw: filled.value };
}

/** The URL, normalized, if it is an absolute https URL; nothing else is ever loaded. */
export function httpsUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function viewStyle(raw: unknown, state: BuildState): ResolvedViewStyle {
  if (!isObject(raw)) return {};
  const { context } = state;
  const style: ResolvedViewStyle = {};
  const backgroundColor = color(raw.backgroundColor, context);
  if (backgroundColor) style.backgroundColor = backgroundColor;
  if (typeof raw.backgroundImageUrl === 'string' && raw.backgroundImageUrl.trim()) style.backgroundImage = imageSource(raw.backgroundImageUrl, state);
  const borderWidth = positive(raw.borderWidth, context);
  if (borderWidth) {
    style.borderWidth = Math.min(borderWidth, 64);
    style.borderColor = color(raw.borderColor, context) ?? 'transparent';
  }
  const radius = positive(raw.radius, context);
  if (radius) style.radius = radius;
  const margin = edges(raw.margin, context);
  if (margin) style.margin = margin;
  const padding = edges(raw.padding, context);
  if (padding) style.padding = padding;
  return style;
}

function textStyle(raw: unknown, context: FillContext, defaultWeight: string | number = 'normal'): ResolvedTextStyle {
  const style: ResolvedTextStyle = { weight: defaultWeight };
  if (!isObject(raw)) return style;
  const size = positive(raw.size, context);
  if (size) style.size = Math.min(size, 200);
  const textColor = color(raw.color, context);
  if (textColor) style.color = textColor;
  const weight = typeof raw.weight === 'string' ? fillString(raw.weight, context).value.trim() : raw.weight;
  if (weight === 'bold' || weight === 'normal') style.weight = weight;
  else {
    const numeric = number(weight, context);
    if (numeric && numeric >= 1 && numeric <= 1000) style.weight = Math.round(numeric);
  }
  return style;
}

function action(raw: unknown, context: FillContext): { action?: ResolvedAction } {
  if (!isObject(raw) || typeof raw.data !== 'string') return {};
  return { action: { type: typeof raw.type === 'string' ? raw.type : 'web', data: fillString(raw.data, context).value } };
}

function sizeSpec(raw: unknown, fallback: SizeSpec, context: FillContext): SizeSpec {
  if (!isObject(raw)) return fallback;
  const value = number(raw.value, context);
  if (value === undefined) return fallback;
  if (raw.type === 'fixed' && value >= 0) return { type: 'fixed', value: Math.min(value, 10_000) };
  if (raw.type === 'flex' && (value === 0 || value === 1)) return { type: 'flex', value };
  return fallback;
}

function align(raw: unknown): Align {
  const value = isObject(raw) ? raw : {};
  const horizontal = value.horizontal === 'center' || value.horizontal === 'right' ? value.horizontal : 'left';
  const vertical = value.vertical === 'center' || value.vertical === 'bottom' ? value.vertical : 'top';
  return { horizontal, vertical };
}

function contentMode(raw: unknown): ContentMode {
  return raw === 'aspectFill' || raw === 'scalesToFill' ? raw : 'aspectFit';
}

function edges(raw: unknown, context: FillContext): Edges | undefined {
  if (!isObject(raw)) return undefined;
  const side = (value: unknown) => Math.min(nonNegative(value, context) ?? 0, 1_000);
  const result = { top: side(raw.top), right: side(raw.right), bottom: side(raw.bottom), left: side(raw.left) };
  return result.top || result.right || result.bottom || result.left ? result : undefined;
}

function color(raw: unknown, context: FillContext): string | undefined {
  if (typeof raw !== 'string') return undefined;
  return toCssColor(fillString(raw, context).value);
}

/** Sendbird's builder writes numbers as strings ("12"); placeholders are filled first. */
function number(raw: unknown, context: FillContext): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = fillString(raw, context).value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

function positive(raw: unknown, context: FillContext): number | undefined {
  const value = number(raw, context);
  return value !== undefined && value > 0 ? value : undefined;
}

function nonNegative(raw: unknown, context: FillContext): number | undefined {
  const value = number(raw, context);
  return value !== undefined && value >= 0 ? value : undefined;
}

function positiveInt(raw: unknown, context: FillContext): number | undefined {
  const value = positive(raw, context);
  return value === undefined ? undefined : Math.min(Math.max(1, Math.floor(value)), 100);
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
