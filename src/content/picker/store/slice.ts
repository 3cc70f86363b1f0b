import type { StateCreator } from 'zustand/vanilla';
import type { ApplySlice } from './apply';
import type { CatalogueSlice } from './catalogue';
import type { DraftSlice } from './draft';
import type { FormSlice } from './form';

/** The picker's one store, made of parts that may read each other. */
export type PickerState = CatalogueSlice & FormSlice & ApplySlice & DraftSlice;

export type PickerSlice<Part> = StateCreator<PickerState, [], [], Part>;
