/** "My health notes": the user's own conditions and medicines, on this computer only. */
export const healthMessagesEn = {
  'health.private':
    'These notes stay on this computer. They help the app leave out warmth when it could burn, point you to what matters in Learn, and go in the report for your doctor if you save one.',
  'health.conditions': 'Conditions you have',
  'health.condition.reduced-feeling': 'Reduced feeling in the legs or feet',
  'health.condition.peripheral-neuropathy':
    'Nerve damage in the legs or feet (peripheral neuropathy)',
  'health.condition.diabetes': 'Diabetes',
  'health.condition.poor-circulation': 'Poor circulation in the legs (peripheral arterial disease)',
  'health.condition.spinal-stenosis': 'Narrowing of the spinal canal (spinal stenosis)',
  'health.condition.flat-feet': 'Flat feet',
  'health.condition.pregnancy': 'Pregnancy',
  'health.condition.motor-neuron-disease': 'Motor neuron disease',
  'health.condition.parkinsons': 'Parkinson’s disease',
  'health.condition.osteoarthritis': 'Osteoarthritis',
  'health.condition.thyroid': 'A thyroid condition',
  'health.condition.liver': 'Liver disease',
  'health.condition.kidney': 'Kidney disease',
  'health.medicines': 'Medicines you take',
  'health.medicine.diuretic': 'A water tablet (diuretic)',
  'health.medicine.statin': 'A statin, for cholesterol',
  'health.medicine.conjugated-estrogens': 'Conjugated estrogens (hormone treatment)',
  'health.medicine.zolpidem': 'Zolpidem (a sleeping tablet)',
  'health.medicine.salbutamol-ipratropium': 'Salbutamol or ipratropium (an inhaler)',
  'health.medicine.clonazepam': 'Clonazepam',
  'health.medicine.amoxicillin': 'Amoxicillin (an antibiotic)',
  'health.changedOn': 'Started or changed on (if you know)',
  'health.changedOnNamed': '{medicine}: started or changed on (if you know)',
  'health.other': 'Anything else you want to remember',
  'health.doctorNote':
    'Some of these are linked to cramps. Talk to your doctor about them; never stop or change a medicine on your own.',
  'health.heatOff':
    'Warmth is now left out of your routines, because skin can burn without being felt. You can change this under Warmth in routines, below.',
  'health.saved': 'Health notes saved.',
  'warmth.confirmTitle': 'Turn warmth back on?',
  'warmth.confirmTitleFirst': 'Include warmth?',
  'warmth.confirm':
    'With reduced feeling, a warm compress or hot-water bottle can burn the skin before you feel it, and skin with poor circulation burns more easily. Turn warmth on only if you can feel heat normally in your legs and feet and the blood flow in your legs is good. Keep it warm, never hot, and check your skin.',
  'warmth.confirmYes': 'Yes, turn warmth on',
  'warmth.confirmNo': 'Keep warmth off',
} as const;
