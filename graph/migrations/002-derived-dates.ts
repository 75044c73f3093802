import { markerStatements, refreshAllMarkers } from '../markers.js';
import type { Migration } from './migration.js';

export const derivedDates: Migration = {
  id: '002-derived-dates',
  description: 'Derived evidence and implementation dates (graph/markers.ts) for data loaded before they were kept.',
  kind: 'data',
  statements: markerStatements,
  run: refreshAllMarkers,
};
