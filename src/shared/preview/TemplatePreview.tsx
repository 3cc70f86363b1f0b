import { Component, memo, useEffect, useMemo, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import type { Template } from '../template';
import { t, tPlural, uiLanguage } from '../i18n';
import { Message } from '../ui/Message';
import { imageHostOf, mayLoadImage } from '../image-hosts';
import { useImageConsent } from './image-consent';
import { buildView, SUPPORTED_TEMPLATE_VERSIONS, type ImageNode, type ImageSource, type Layout, type ViewNode } from './model';
import { cardStyle, isFixedOrFill, nodeStyle, objectFit, type Style } from './styles';
import { createFillContext, fillSegments, type Appearance, type FillContext, type Segment } from './variables';

export interface TemplatePreviewProps {
  template: Template;
  /** Variable values by name; an empty string leaves the variable unfilled. */
  values: Readonly<Record<string, string>>;
  appearance: Appearance;
}

/**
 * A notification as Sendbird's clients would draw it, from the template's
 * `ui_template` (or its data template, or its v2 channels). Template content
 * is data: text goes in as text nodes, images load only from https (from a host
 * other than Sendbird's only once the viewer allowed it: ImageConsentBar), and
 * anything unexpected becomes a visible placeholder instead of an exception.
 * Needs `previewCss` (see ./index.ts) in the same document or shadow root.
 */
export function TemplatePreview(props: TemplatePreviewProps) {
  const { template, appearance } = props;
  return (
    <div className={`sbp-root sbp-${appearance}`} data-appearance={appearance} role="region" aria-label={appearance === 'dark' ? t('preview_regionDark') : t('preview_regionLight')}>
      <PreviewErrorBoundary resetKey={template.key}>
        <PreviewBody {...props} />
      </PreviewErrorBoundary>
    </div>
  );
}

function PreviewBody({ template, values, appearance }: TemplatePreviewProps) {
  const context = useMemo(() => createFillContext(template, values, appearance), [template, values, appearance]);
  const built = useMemo(() => (template.uiTemplate ? buildView(template.uiTemplate.body?.items, context) : undefined), [template, context]);
  const notes = [...(built?.notes ?? [])];
  const loadConsent = useImageConsent((state) => state.load);
  // Read again whenever a preview opens: the viewer may have allowed a host elsewhere since.
  useEffect(() => void loadConsent(), [loadConsent]);
  const version = template.uiTemplate?.version;
  if (version !== undefined && !SUPPORTED_TEMPLATE_VERSIONS.includes(version)) {
    const supported = new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(SUPPORTED_TEMPLATE_VERSIONS.map(String));
    notes.unshift(t('preview_versionNote', String(version), supported));
  }

  let content: ReactNode;
  if (built && built.items.length > 0) {
    content = (
      <div className="sbp-message" data-sbp-type="template">
        <Views items={built.items} parentLayout="column" />
      </div>
    );
  } else if (template.dataTemplate && Object.keys(template.dataTemplate).length > 0) {
    content = <DataLines record={template.dataTemplate} context={context} label={t('preview_dataTemplate')} />;
  } else if (template.channels && template.channels.length > 0) {
    content = <Channels channels={template.channels} context={context} />;
  } else {
    content = <p className="sbp-empty">{t('preview_nothingToShow')}</p>;
  }

  return (
    <>
      <ImageConsentBar hosts={built?.foreignImageHosts ?? []} />
      {content}
      {notes.length > 0 ? (
        <ul className="sbp-notes" aria-label={t('preview_notes')}>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

const Views = memo(function Views({ items, parentLayout }: { items: readonly ViewNode[]; parentLayout: Layout }) {
  return (
    <>
      {items.map((node, index) => (
        <View key={index} node={node} parentLayout={parentLayout} siblings={items} index={index} />
      ))}
    </>
  );
});

interface ViewProps {
  node: ViewNode;
  parentLayout: Layout;
  siblings: readonly ViewNode[];
  index: number;
}

function View({ node, parentLayout, siblings, index }: ViewProps) {
  if (node.type === 'unsupported') {
    return (
      <div className="sbp-unsupported" data-sbp-type="unsupported" data-component={node.componentType ?? ''} style={parentLayout === 'row' ? { flex: '1 1 0%' } : undefined}>
        <span aria-hidden="true">⚠︎ </span>
        {node.reason}
      </div>
    );
  }
  const style = nodeStyle(node, parentLayout, siblings, index);
  const backdropUrl = node.style.backgroundImage?.kind === 'https' ? node.style.backgroundImage.url : undefined;
  const border = `${node.style.borderWidth ? ' sbp-border' : ''}${backdropUrl ? ' sbp-has-bg' : ''}`;
  const title = node.action ? actionTitle(node.action) : undefined;
  const backdrop = backdropUrl ? <Backdrop url={backdropUrl} /> : null;

  switch (node.type) {
    case 'box':
      return (
        <div className={`sbp-view sbp-box${border}`} data-sbp-type="box" style={style} title={title}>
          {backdrop}
          <Views items={node.items} parentLayout={node.layout} />
        </div>
      );
    case 'text':
    case 'textButton': {
      const lines = node.maxTextLines;
      const wrapped = isFixedOrFill(node);
      const className = node.type === 'text' ? 'sbp-text' : 'sbp-text-button';
      return (
        <div className={`sbp-view ${className}${border}`} data-sbp-type={node.type} style={style} title={title}>
          {backdrop}
          <span
            className={lines ? 'sbp-clamp' : 'sbp-text-body'}
            data-max-lines={lines}
            style={{
              ...(lines ? { WebkitLineClamp: lines } : {}),
              ...(wrapped ? { maxHeight: '100%' } : {}),
            }}
          >
            <Segments segments={node.segments} />
          </span>
        </div>
      );
    }
    case 'image':
    case 'imageButton':
      return <ImageView node={node} style={style} border={border} title={title} />;
    case 'carouselView':
      return (
        <div className={`sbp-view sbp-carousel${border}`} data-sbp-type="carouselView" style={style} role="group" aria-label={tPlural('preview_carousel', node.items.length)} tabIndex={0}>
          {backdrop}
          {node.items.map((body, cardIndex) => (
            <div key={cardIndex} className="sbp-carousel-card" style={cardStyle(body, node.maxChildWidth)} data-sbp-type="carouselCard">
              <Views items={body.items} parentLayout="column" />
            </div>
          ))}
        </div>
      );
    case 'cascadeView':
      return (
        <div className={`sbp-view sbp-cascade${border}`} data-sbp-type="cascadeView" style={style}>
          {backdrop}
          {node.items.map((body, cardIndex) => (
            <div key={cardIndex} className="sbp-cascade-card">
              <Views items={body.items} parentLayout="column" />
            </div>
          ))}
        </div>
      );
  }
}

function actionTitle(action: { type: string; data: string }): string {
  if (action.type === 'web') return t('preview_opensUrl', action.data);
  return t('preview_action', action.type, action.data);
}

export function Segments({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'text':
            return segment.text;
          case 'value':
            return (
              <span key={index} className="sbp-var" data-variable={segment.name}>
                {segment.text}
              </span>
            );
          case 'unfilled':
            return (
              <mark key={index} className="sbp-unfilled" data-variable={segment.name} title={t('preview_unfilled', segment.name)}>
                {segment.text}
              </mark>
            );
          default:
            return (
              <span key={index} className="sbp-unknown" title={t('preview_notAVariable')}>
                {segment.text}
              </span>
            );
        }
      })}
    </>
  );
}

// ---------------------------------------------------------------------------
// Images

/** Hosts offered at once; the next ones show as these are allowed. */
const MAX_OFFERED_HOSTS = 4;

/**
 * "Show images from <host>", as mail clients ask: an image from a host other than
 * Sendbird's tells that host someone opened the template, so it loads only after the
 * viewer's own click. A page script can click our buttons (the picker's shadow root is
 * open) but its click is not trusted (event.isTrusted false) and is ignored.
 */
function ImageConsentBar({ hosts }: { hosts: readonly string[] }) {
  const allowed = useImageConsent((state) => state.hosts);
  const loaded = useImageConsent((state) => state.loaded);
  const error = useImageConsent((state) => state.error);
  const allow = useImageConsent((state) => state.allow);
  const hidden = hosts.filter((host) => !allowed.has(host));
  if (hidden.length === 0 || (!loaded && !error)) return null;
  const offered = hidden.slice(0, MAX_OFFERED_HOSTS);
  return (
    <div className="sbp-image-consent" role="group" aria-label={t('preview_imagesHiddenLabel')}>
      <p className="sbp-image-consent-text">{t('preview_imagesHidden')}</p>
      <div className="sbp-image-consent-actions">
        {offered.map((host) => (
          <button
            key={host}
            type="button"
            className="sbp-image-consent-button"
            onClick={(event) => {
              if (event.nativeEvent.isTrusted) void allow(host);
            }}
          >
            {t('preview_showImagesFrom', host)}
          </button>
        ))}
      </div>
      {hidden.length > offered.length ? <p className="sbp-image-consent-text">{tPlural('preview_moreImageHosts', hidden.length - offered.length)}</p> : null}
      {error ? (
        <p className="sbp-image-consent-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A view's background image, behind its content, requested with no referrer (CSS url() cannot be). */
function Backdrop({ url }: { url: string }) {
  const allowed = useImageConsent((state) => state.hosts);
  if (!mayLoadImage(url, allowed)) return null;
  return <img className="sbp-bg" src={url} alt="" aria-hidden="true" referrerPolicy="no-referrer" decoding="async" />;
}

function ImageView({ node, style, border, title }: { node: ImageNode; style: Style; border: string; title?: string }) {
  const [failed, setFailed] = useState<string>();
  const allowed = useImageConsent((state) => state.hosts);
  const source = node.source;
  const https = source.kind === 'https' ? source.url : undefined;
  // Not loaded until the viewer allows its host: the placeholder names the host.
  const hiddenHost = https !== undefined && !mayLoadImage(https, allowed) ? (imageHostOf(https) ?? '') : undefined;
  const url = hiddenHost === undefined ? https : undefined;
  const broken = url !== undefined && failed === url;
  const placeholder = !url || broken;
  const fit = objectFit(node.contentMode);
  const className = `sbp-view sbp-image${node.type === 'imageButton' ? ' sbp-image-button' : ''}${border}${placeholder ? ' sbp-image-missing' : ''}`;
  const sized = node.height.type === 'fixed' || Boolean(style.aspectRatio);
  // Icons and avatars are too small for words: their placeholder is just a glyph (the words stay as its label).
  const compact = (node.width.type === 'fixed' && node.width.value < 96) || (node.height.type === 'fixed' && node.height.value < 56);
  return (
    <div className={className} data-sbp-type={node.type} style={style} title={title}>
      {placeholder ? (
        <ImagePlaceholder source={source} broken={broken} hiddenHost={hiddenHost} tall={!sized} compact={compact} tint={node.tintColor} />
      ) : node.tintColor ? (
        <TintedImage url={url} tint={node.tintColor} fit={fit} onError={() => setFailed(url)} />
      ) : (
        <img className="sbp-img" src={url} alt="" referrerPolicy="no-referrer" decoding="async" style={{ objectFit: fit }} onError={() => setFailed(url)} />
      )}
    </div>
  );
}

interface PlaceholderProps {
  source: ImageSource;
  broken: boolean;
  /** Set when the image waits for the viewer to allow this host. */
  hiddenHost?: string;
  tall: boolean;
  compact: boolean;
  tint?: string;
}

function ImagePlaceholder({ source, broken, hiddenHost, tall, compact, tint }: PlaceholderProps) {
  let label: ReactNode;
  if (hiddenHost !== undefined) label = hiddenHost ? t('preview_imageHiddenFrom', hiddenHost) : t('preview_imageHidden');
  else if (broken) label = t('preview_imageBroken');
  else if (source.kind === 'unfilled') {
    label = <Message id="preview_imageFrom" values={[<Segments key="source" segments={source.names.map((name) => ({ kind: 'unfilled', name, text: `{${name}}` }))} />]} />;
  } else if (source.kind === 'blocked') label = t('preview_imageBlocked');
  else label = t('preview_noImage');
  return (
    <div
      className={`sbp-image-placeholder${tall ? ' sbp-image-placeholder-tall' : ''}${compact ? ' sbp-image-placeholder-compact' : ''}`}
      data-image-state={hiddenHost !== undefined ? 'hidden' : broken ? 'error' : source.kind}
      style={compact && tint ? { color: tint } : undefined}
      {...(hiddenHost !== undefined ? { role: 'img', 'aria-label': String(label) } : {})}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path fill="currentColor" d="M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm1 2v8.6l3.3-3.3a1 1 0 0 1 1.4 0L13 15.6l2.3-2.3a1 1 0 0 1 1.4 0L19 15.6V7H5Zm10 1.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z" />
      </svg>
      <span className={compact ? 'sbp-visually-hidden' : undefined}>{label}</span>
    </div>
  );
}

/**
 * Sendbird tints an image by painting the tint color over its opaque pixels
 * (canvas, `source-atop`). Drawing a cross-origin image only taints the canvas,
 * which is fine for showing it. Without a 2D context, the plain image is shown.
 */
function TintedImage({ url, tint, fit, onError }: { url: string; tint: string; fit: string; onError: () => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [noCanvas, setNoCanvas] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: onError is a fresh closure each render; the image only depends on url and tint.
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext?.('2d');
    if (!canvas || !context) {
      setNoCanvas(true);
      return;
    }
    let cancelled = false;
    const image = new Image();
    image.referrerPolicy = 'no-referrer';
    image.decoding = 'async';
    image.onload = () => {
      if (cancelled) return;
      canvas.width = image.naturalWidth || 1;
      canvas.height = image.naturalHeight || 1;
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.globalCompositeOperation = 'source-over';
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      context.globalCompositeOperation = 'source-atop';
      context.fillStyle = tint;
      context.fillRect(0, 0, canvas.width, canvas.height);
    };
    image.onerror = () => {
      if (!cancelled) onError();
    };
    image.src = url;
    return () => {
      cancelled = true;
      image.onload = null;
      image.onerror = null;
    };
  }, [url, tint]);
  if (noCanvas) return <img className="sbp-img" src={url} alt="" referrerPolicy="no-referrer" style={{ objectFit: fit as 'contain' }} onError={onError} />;
  return <canvas ref={canvasRef} className="sbp-img" data-tint={tint} style={{ objectFit: fit as 'contain' }} width={1} height={1} />;
}

// ---------------------------------------------------------------------------
// Data templates and v2 channels

const MAX_LINES = 200;

function DataLines({ record, context, label }: { record: Readonly<Record<string, unknown>>; context: FillContext; label: string }) {
  const lines = flatten(record).slice(0, MAX_LINES);
  return (
    <div className="sbp-data" role="group" aria-label={label} data-sbp-type="data">
      {lines.map(([key, value]) => (
        <div className="sbp-data-line" key={key}>
          <span className="sbp-data-key">{key}</span>
          <span className="sbp-data-separator"> : </span>
          <span className="sbp-data-value">
            <Segments segments={fillSegments(value, context)} />
          </span>
        </div>
      ))}
    </div>
  );
}

function Channels({ channels, context }: { channels: NonNullable<Template['channels']>; context: FillContext }) {
  return (
    <div className="sbp-channels">
      {channels.map((channel, index) => {
        const name = typeof channel?.name === 'string' && channel.name ? channel.name : String(channel?.type ?? t('preview_channel'));
        const content = channel?.content;
        return (
          <section className="sbp-channel" key={index} aria-label={name} data-sbp-type="channel">
            <header className="sbp-channel-name">
              {name}
              {channel?.type && channel.type !== name ? <span className="sbp-channel-type">{channel.type}</span> : null}
            </header>
            {typeof content === 'string' ? (
              <p className="sbp-channel-text">
                <Segments segments={fillSegments(content, context)} />
              </p>
            ) : content && typeof content === 'object' ? (
              <DataLines record={content as Record<string, unknown>} context={context} label={t('preview_channelContent', name)} />
            ) : (
              <p className="sbp-empty">{t('preview_noContent')}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** Nested objects become dotted keys; everything becomes a string. */
function flatten(value: unknown, prefix = '', out: [string, string][] = [], depth = 0): [string, string][] {
  if (out.length >= MAX_LINES) return out;
  if (value && typeof value === 'object' && depth < 8) {
    const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
    if (entries.length === 0 && prefix) out.push([prefix, Array.isArray(value) ? '[]' : '{}']);
    for (const [key, item] of entries) flatten(item, prefix ? `${prefix}.${key}` : key, out, depth + 1);
    return out;
  }
  if (prefix) out.push([prefix, value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)]);
  return out;
}

// ---------------------------------------------------------------------------

interface BoundaryProps {
  resetKey: string;
  children: ReactNode;
}

class PreviewErrorBoundary extends Component<BoundaryProps, { error?: Error; key: string }> {
  override state: { error?: Error; key: string } = { key: this.props.resetKey };

  static getDerivedStateFromProps(props: BoundaryProps, state: { error?: Error; key: string }) {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('[preview] could not draw the template', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="sbp-unsupported" role="alert">
          {t('preview_failed', this.state.error.message)}
        </div>
      );
    }
    return this.props.children;
  }
}
