import type { StateCreator } from 'zustand/vanilla';
import type { ApplySlice } from './apply';
import type { CatalogueSlice } from './catalogue';
import type { FormSlice } from './form';

/** The picker's one store, made of three parts that may read each other. */
export type PickerState = CatalogueSlice & FormSlice & ApplySlice;

export type PickerSlice<Part> = StateCreator<PickerState, [], [], Part>;
