/**
 * Learn: plain words about night leg cramps, written from the content brief (`content-brief.md`).
 * Guidance, never a diagnosis: it names no medicine to start, and says to stop or change none on
 * your own. The order and shape of the page are in `renderer/features/learn/learn-sections.ts`.
 */
export const learnMessagesEn = {
  'nav.learn': 'Learn',

  'learn.heading': 'Learn',
  'learn.intro':
    'Plain answers about night leg cramps: what they are, what may help, and when to see a doctor. This is guidance, not a diagnosis.',
  'learn.search.label': 'Search Learn',
  'learn.search.hint': 'For example: calf, warmth, medicine or doctor.',
  'learn.search.count.one': '{count} section matches.',
  'learn.search.count.other': '{count} sections match.',
  'learn.search.none':
    'Nothing matched “{query}”. Try a shorter word, such as calf or doctor, or clear the search.',
  'learn.search.clear': 'Clear the search',
  'learn.contents': 'On this page',

  'learn.what.heading': 'What a night leg cramp is',
  'learn.what.p1':
    'A night leg cramp is a sudden, painful tightening of a leg muscle that you cannot control. It comes while you are resting, mostly at night, whether you are asleep or awake.',
  'learn.what.p2':
    'It is usually in the calf. It can also be in the front or the back of the thigh, or in the foot.',
  'learn.what.p3':
    'Most cramps pass on their own within about ten minutes. The muscle can feel sore for up to a day afterwards. Cramps that come often can break up your sleep.',
  'learn.what.p4':
    'Cramps become more common with age, and are more common in women and during pregnancy. Most have no known cause. Some come with another condition or a medicine, as the section on conditions and medicines explains.',

  'learn.risk.heading': 'What makes cramps more likely, and what you can change',
  'learn.risk.raisesHeading': 'What makes them more likely',
  'learn.risk.pointed':
    'Lying with your feet and toes pointed away from you, so the calf rests in a shortened position.',
  'learn.risk.overuse': 'Working the calf muscles hard, for example with heavy exercise.',
  'learn.risk.unstretched':
    'Muscles that are not stretched regularly, and sitting in one position for a long time.',
  'learn.risk.standing': 'Standing for long periods.',
  'learn.risk.tendons': 'Tendons that become shorter with age.',
  'learn.risk.changeHeading': 'What you can change',
  'learn.risk.covers':
    'Keep the covers loose at the foot of the bed, so they do not press your toes down into a pointed position.',
  'learn.risk.stretch':
    'Stretch your calves and the backs of your thighs before bed, holding each stretch gently. Flex your foot by pulling your toes up toward your shin, rather than pointing them. The routines in this app guide you through this.',
  'learn.risk.breaks':
    'If you stand or sit for long spells in the day, break them up: walk about for a minute, or stretch your calves.',
  'learn.risk.massage':
    'Knead and loosen your calf and thigh muscles with your hands. Never rub a calf that is swollen, red, hot or tender: that can be a blood clot, which needs checking the same day.',
  'learn.risk.warmth':
    'A warm shower before bed, or a warm towel or hot-water bottle on the muscle that tends to cramp, can help it relax. Keep it warm, never hot, and not for long, at most about 20 minutes; check your skin afterwards. Fill a bottle with hot tap water, never boiling, and take it away before you settle to sleep: burns happen in sleep. If you have reduced feeling in your legs or feet, for example from diabetes or nerve damage, or poor circulation in your legs, leave warmth out: skin can burn before you feel it. Never put warmth on a calf that is swollen, red or tender.',
  'learn.risk.fluids':
    'Have a drink of water in the evening, unless a doctor has told you to limit fluids, for example because of heart or kidney disease. Not so much that you wake in the night to pass water.',
  'learn.risk.exercise':
    'If you get little exercise, a few minutes on an exercise bike before bed may help, as may less alcohol and caffeine in the evening. This advice comes from patient leaflets rather than from trials.',
  'learn.risk.shoes': 'Wear supportive shoes during the day.',

  'learn.linked.heading': 'Conditions and medicines linked to cramps',
  'learn.linked.intro':
    'Some cramps come with another condition, or as a side effect of a medicine. This is information only: if any of these apply to you, talk to your doctor.',
  'learn.linked.conditionsHeading': 'Conditions',
  'learn.linked.pregnancy':
    'Pregnancy: cramps are common in its later months, and stretching is fine. Hold on to a chair or a wall when you stretch standing, as balance changes.',
  'learn.linked.structural': 'Narrowing of the spinal canal (spinal stenosis), and flat feet.',
  'learn.linked.nerves':
    'Nerve damage in the legs or feet (peripheral neuropathy), motor neuron disease and Parkinson’s disease.',
  'learn.linked.joints': 'Osteoarthritis.',
  'learn.linked.diabetes': 'Diabetes.',
  'learn.linked.organs': 'Thyroid, liver or kidney disease.',
  'learn.linked.medicinesHeading': 'Medicines',
  'learn.linked.medicinesIntro': 'Medicines that have been linked to cramps include:',
  'learn.linked.diuretics': 'Water tablets (diuretics).',
  'learn.linked.statins': 'Statins, taken for cholesterol.',
  'learn.linked.estrogens': 'Conjugated estrogens, a hormone treatment.',
  'learn.linked.sleep': 'Zolpidem (a sleeping tablet) and clonazepam.',
  'learn.linked.inhalers': 'The inhaler medicines salbutamol and ipratropium.',
  'learn.linked.antibiotic': 'Amoxicillin, an antibiotic.',
  'learn.linked.medicinesDoctor':
    'If your cramps began or grew worse after you started or changed a medicine, tell your doctor. Never stop or change a medicine on your own: it may be doing important work.',

  'learn.notes.heading': 'From your health notes',
  'learn.notes.intro': 'You noted these in My health notes. Most can be linked to cramps.',
  'learn.notes.doctor':
    'Talk to your doctor about them. Never stop or change a medicine on your own.',
  'learn.notes.heat':
    'With reduced feeling in the legs or feet, warmth can burn the skin before you feel it, and skin with poor circulation burns more easily. Leave warmth out.',
  'learn.notes.pregnancy':
    'You noted a pregnancy. Before any pain relief, ask your midwife, a pharmacist or your doctor what is safe: anti-inflammatory medicines such as ibuprofen and naproxen are generally not advised in pregnancy. The risk of a blood clot is higher in pregnancy and for about six weeks after birth, so a swollen, red, hot or tender calf needs checking the same day. Hold on to a support when you stretch standing.',
  'learn.notes.none':
    'If you tick conditions or medicines in My health notes (in Settings), the ones linked to cramps are pointed out here.',
  'learn.notes.pointer': 'Some of your health notes can be linked to cramps.',
  'learn.notes.pointerLink': 'See them under Conditions and medicines',

  'learn.restless.heading': 'Cramps or restless legs?',
  'learn.restless.p1':
    'Both come when you are resting, often at night, so they are easy to mix up.',
  'learn.restless.p2':
    'A cramp is a hard, painful tightening of a muscle. You can often feel it as a knot.',
  'learn.restless.p3':
    'Restless legs is an urge to move the legs, often with a crawling or creeping feeling. Moving eases it, and there is usually no hard knot.',
  'learn.restless.p4':
    'If what you feel sounds more like restless legs, mention it to your doctor. The routines in this app are made for cramps.',

  'learn.during.heading': 'What to do during a cramp',
  'learn.during.intro': 'Cramp now talks you through these steps, in one click.',
  'learn.during.crampNow': 'Start Cramp now',
  'learn.during.stretch':
    'Stretch the muscle against the cramp. For the calf, pull your toes gently toward you; or stand, holding on to something steady, and put your weight on that leg with the heel down.',
  'learn.during.massage':
    'Then rub and knead the muscle with your hands, unless the calf is swollen, red, hot or tender: then leave it, and get it checked the same day.',
  'learn.during.warmth':
    'Then warmth may help, such as a warm shower on the muscle. Warm, never hot; check your skin; and leave warmth out if you have reduced feeling or poor circulation in your legs.',
  'learn.during.move': 'Some people find that walking about, or jiggling the leg, helps too.',

  'learn.after.heading': 'Soreness afterwards',
  'learn.after.p1':
    'The muscle can stay tender for up to a day. Gentle stretching and massage may ease it.',
  'learn.after.p2':
    'Pain relief you can buy without a prescription, such as paracetamol (also called acetaminophen), ibuprofen or naproxen, can ease the soreness afterwards. This is information, not advice to take them: follow the label, and ask a pharmacist or your doctor first, especially if you take other medicines or have a health condition.',
  'learn.after.pregnancy':
    'If you are pregnant, ask your midwife, a pharmacist or your doctor before taking any: ibuprofen and naproxen are generally not advised in pregnancy.',

  'learn.evidence.heading': 'What the evidence says',
  'learn.evidence.helpedHeading': 'A trial where stretching helped',
  'learn.evidence.helped':
    'In a trial with 80 adults over 55 who had night cramps at least once a week, some were chosen at random to stretch their calves and the backs of their thighs every night, just before sleep, for six weeks. After six weeks they had on average 1.2 fewer cramps a night than those who did not stretch, and their cramps were about 1.3 points milder on a scale of 0 to 10.',
  'learn.evidence.how':
    'Each stretch was held for 10 seconds with a gentle but clear pull, then relaxed for 10 seconds, three times, breathing calmly. The routines in this app are built on this.',
  'learn.evidence.whoNot':
    'The trial left out people with joint or bone problems, or with conditions known to cause cramps, so the result may not be the same for them.',
  'learn.evidence.notHelpedHeading': 'A trial where it did not',
  'learn.evidence.notHelped':
    'In another trial, of 191 people who were already taking a medicine for their cramps, advice to stretch the calves did not reduce cramps after 12 weeks. Reviews of the research call the evidence for stretching mixed.',
  'learn.evidence.youHeading': 'Find out if it helps you',
  'learn.evidence.you':
    'So one trial found that stretching every night helped, and not every study agrees. Your own diary can help you see whether it helps you, though with few cramps even a few weeks may not be enough to tell. The Journal compares your weeks with and without the routine, counting cramps each night and how strong they were, as the trial did, and “Find out if it helps me” sets up a fair test of your own.',
  'learn.evidence.medicines':
    'No medicine is known to prevent cramps completely. Some prescription medicines have been tried; whether any of them suits you is for your doctor to talk over with you.',
  'learn.evidence.guidance':
    'Guidance for doctors in the UK (NICE) suggests stretching and massage as self-care, and pain relief if the muscle is tender afterwards.',

  'learn.doctorAsks.heading': 'What a doctor may ask',
  'learn.doctorAsks.intro': 'A doctor will usually want to know:',
  'learn.doctorAsks.started': 'When your cramps started, and when in the night they come.',
  'learn.doctorAsks.feel': 'How the pain feels.',
  'learn.doctorAsks.long': 'How long each cramp lasts.',
  'learn.doctorAsks.symptoms': 'What other symptoms come with them.',
  'learn.doctorAsks.diary':
    'Your cramp diary records exactly these, so you can bring a clear record. The Journal can also make a report for your doctor.',
  'learn.doctorAsks.open': 'Open the Journal',

  'learn.seeDoctor.heading': 'When to see a doctor',
  'learn.seeDoctor.intro': 'Make an appointment with your doctor if:',
  'learn.seeDoctor.often': 'Your cramps are frequent or severe, or are getting worse.',
  'learn.seeDoctor.notEased': 'Stretching does not ease them.',
  'learn.seeDoctor.medicine': 'They started after you began a new medicine.',
  'learn.seeDoctor.symptoms':
    'They come with other symptoms: numbness, weakness, muscles that waste away or twitch, pale skin, pain in the calf when you walk, or cramps in other parts of your body.',
  'learn.urgent.heading': 'Get medical advice the same day',
  'learn.urgent.clot':
    'If your calf is swollen, red or warm to the touch, call your doctor or an urgent care service the same day, and do not rub it or put warmth on it. A blood clot in the leg can feel like a cramp, and it needs checking soon. The risk of a clot is higher in pregnancy and for about six weeks after giving birth.',
  'learn.urgent.breath':
    'If you are short of breath or have chest pain, call emergency services straight away.',

  'learn.sources.heading': 'Sources',
  'learn.sources.intro': 'This page is written in our own words from these sources.',
  'learn.source.hallegraeff':
    'Hallegraeff JM and colleagues. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. Journal of Physiotherapy, 2012; 58(1): 17–22.',
  'learn.source.coppin':
    'Coppin RJ and colleagues. British Journal of General Practice, 2005: a randomised trial of advice to stretch the calves, in 191 patients with night leg cramps.',
  'learn.source.nice':
    'National Institute for Health and Care Excellence (NICE). Clinical Knowledge Summaries: Leg cramps. cks.nice.org.uk',
  'learn.source.mayo': 'Mayo Clinic. Night leg cramps. mayoclinic.org',
} as const;
