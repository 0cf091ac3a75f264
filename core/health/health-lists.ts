/**
 * The conditions and medicines the content brief links to night cramps, in the order the health
 * notes list them (the ones that affect warmth first). Plain lists, so the window can show them
 * without the schema.
 */
export const HEALTH_CONDITIONS = [
  'reduced-feeling',
  'peripheral-neuropathy',
  'diabetes',
  'poor-circulation',
  'spinal-stenosis',
  'flat-feet',
  'pregnancy',
  'motor-neuron-disease',
  'parkinsons',
  'osteoarthritis',
  'thyroid',
  'liver',
  'kidney',
] as const;

export const LINKED_MEDICINES = [
  'diuretic',
  'statin',
  'conjugated-estrogens',
  'zolpidem',
  'salbutamol-ipratropium',
  'clonazepam',
  'amoxicillin',
] as const;
