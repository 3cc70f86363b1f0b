/**
 * The dashboard URL this document belongs to. A frame with its own http(s) URL
 * has its own; an about:blank or srcdoc frame (built by the dashboard's script)
 * belongs to the nearest same-origin ancestor that has one.
 */
export function pageLocation(): Location {
  let current: Window = window;
  for (let guard = 0; guard < 16; guard++) {
    if (/^https?:$/.test(current.location.protocol) || current.parent === current) return current.location;
    try {
      // Same-origin parents only: reading a cross-origin parent's protocol throws.
      void current.parent.location.protocol;
      current = current.parent;
    } catch {
      break;
    }
  }
  return current.location;
}
