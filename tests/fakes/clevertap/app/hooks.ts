import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads once per change of `key`; stale answers from an earlier key are dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error: error instanceof Error ? error.message : String(error), loading: false }),
    );
    return () => {
      current = false;
    };
    // `load` is recreated each render; `key` says when it really changed.
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} - CleverTap`;
  }, [title]);
}

let nextId = 0;
/** Ids for label/for pairs that stay unique when a component is used twice on a page. */
export function useUniqueId(prefix: string): string {
  const [id] = useState(() => `${prefix}-${++nextId}`);
  return id;
}
