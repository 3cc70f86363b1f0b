import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EditorPort } from '../clevertap/editor-port';
import { applySlice } from './store/apply';
import { catalogueSlice } from './store/catalogue';
import { formSlice } from './store/form';
import { draftSlice } from './store/draft';
import type { PickerState } from './store/slice';

export type { PickerState } from './store/slice';
export type { CatalogueState } from './store/catalogue';
export type { FieldKey } from './store/form';
export { payloadStateOf } from './store/form';
export { payloadText } from './store/apply';

export type PickerStore = StoreApi<PickerState>;

/** One store per mounted picker: the catalogue, the form, Apply and the draft, each its own part. */
export function createPickerStore(editor: EditorPort, prefetchedCatalogue?: Promise<unknown>): PickerStore {
  return createStore<PickerState>()((...api) => ({
    ...catalogueSlice(prefetchedCatalogue)(...api),
    ...formSlice(...api),
    ...applySlice(editor)(...api),
    ...draftSlice(...api),
  }));
}

export const PickerStoreContext = createContext<PickerStore | null>(null);

/** Subscribes a picker component to the one piece of state `selector` picks. */
export function usePicker<Selected>(selector: (state: PickerState) => Selected): Selected {
  const store = useContext(PickerStoreContext);
  if (!store) throw new Error('usePicker needs a PickerStoreContext provider.');
  return useStore(store, selector);
}
