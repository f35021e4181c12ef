/**
 * Labelled evaluation set for the matching engine, written against the us-iran-thaw pack.
 *
 * Every case is a small document in the style of real news (headlines, captions, bylines,
 * ledes, quotes, bullet points, reader comments). `expected` lists what a careful human reader
 * would link to an entity of the pack, in text order. The labels describe the reader, never the
 * code: see README.md beside this file for the labelling rules. Do not edit a case to make the
 * matcher pass.
 *
 * Invisible characters are written as escapes so that they can be reviewed:
 *   \u00A0 no-break space, \u00AD soft hyphen, \u200B zero-width space,
 *   \u200C zero-width non-joiner (Persian half-space), \u0640 tatweel.
 */

export interface EvalCase {
  /** Short unique id, e.g. "possessive-03". */
  id: string;
  /** One document: its passages (a headline, a caption, a paragraph), in order. Usually 1-3. */
  passages: string[];
  /** Every mention a careful reader would link to an entity of the pack: entity id and the exact words as they appear (for a possessive, the name without 's: "Khamenei" for "Khamenei's"). The longest natural name: "Ayatollah Ali Khamenei" counts as one mention of ali-khamenei, "Secretary of State Marco Rubio" one mention of marco-rubio. Same order as in the text. */
  expected: { entity: string; text: string }[];
  /** What the case tests, one of the tags below. */
  tags: string[];
  /**
   * The day the document was published (YYYY-MM-DD), which decides who a title names. Cases
   * without one are read as of EVAL_WRITTEN, when they were written.
   */
  published?: string;
}

/**
 * The cases without a date of their own were written as reports of 2025, before the war of
 * 2026: "Iran's supreme leader" in them is Ali Khamenei. They are read as of this day.
 */
export const EVAL_WRITTEN = '2025-10-01';

export const EVAL_CASES: EvalCase[] = [
  // ---------------------------------------------------------------------------------------------
  // alias: plain names, full and short, as news writes them
  // ---------------------------------------------------------------------------------------------
  {
    id: 'alias-01',
    passages: ['Secretary of State Marco Rubio said on Tuesday that President Trump would rather reach an agreement with Iran than take military action.'],
    expected: [
      { entity: 'marco-rubio', text: 'Secretary of State Marco Rubio' },
      { entity: 'donald-trump', text: 'President Trump' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-02',
    passages: ['Rubio did not rule out a direct meeting between Trump and Ali Khamenei, the cleric who has led the Islamic Republic since 1989.'],
    expected: [
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'donald-trump', text: 'Trump' },
      { entity: 'ali-khamenei', text: 'Ali Khamenei' },
      { entity: 'iran', text: 'Islamic Republic' },
    ],
    tags: ['alias', 'context'],
  },
  {
    id: 'alias-03',
    passages: ['Iranian Foreign Minister Abbas Araghchi met Special Envoy Steve Witkoff for a fourth round of indirect talks mediated by Oman.'],
    expected: [
      { entity: 'iran', text: 'Iranian' },
      { entity: 'abbas-araghchi', text: 'Foreign Minister Abbas Araghchi' },
      { entity: 'steve-witkoff', text: 'Special Envoy Steve Witkoff' },
      { entity: 'oman', text: 'Oman' },
    ],
    tags: ['alias', 'inflection'],
  },
  {
    id: 'alias-04',
    passages: ['The Joint Comprehensive Plan of Action, signed in Vienna in July 2015, capped the level to which Iran could enrich uranium.'],
    expected: [
      { entity: 'jcpoa', text: 'Joint Comprehensive Plan of Action' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'uranium-enrichment', text: 'enrich uranium' },
    ],
    tags: ['alias', 'multiword'],
  },
  {
    id: 'alias-05',
    passages: ['President Masoud Pezeshkian told the UN General Assembly that Iran has never sought a nuclear weapon.'],
    expected: [
      { entity: 'masoud-pezeshkian', text: 'President Masoud Pezeshkian' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-06',
    passages: ['Inspectors from the International Atomic Energy Agency have not been allowed back into Fordow since the June strikes, Rafael Grossi said.'],
    expected: [
      { entity: 'iaea', text: 'International Atomic Energy Agency' },
      { entity: 'fordow', text: 'Fordow' },
      { entity: 'rafael-grossi', text: 'Rafael Grossi' },
    ],
    tags: ['alias', 'multiword'],
  },
  {
    id: 'alias-07',
    passages: ["Hassan Rouhani and Mohammad Javad Zarif, the president and foreign minister who sealed the 2015 nuclear deal, have both criticised the current government's handling of the talks."],
    expected: [
      { entity: 'hassan-rouhani', text: 'Hassan Rouhani' },
      { entity: 'mohammad-javad-zarif', text: 'Mohammad Javad Zarif' },
      { entity: 'jcpoa', text: '2015 nuclear deal' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-08',
    passages: ['Barack Obama defended the agreement his administration negotiated, and John Kerry called the US withdrawal a historic mistake.'],
    expected: [
      { entity: 'barack-obama', text: 'Barack Obama' },
      { entity: 'john-kerry', text: 'John Kerry' },
      { entity: 'united-states', text: 'US' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-09',
    passages: ['Qasem Soleimani, the commander killed by a US drone strike near Baghdad airport in January 2020, is still revered by hardliners in Tehran.'],
    expected: [
      { entity: 'qasem-soleimani', text: 'Qasem Soleimani' },
      { entity: 'united-states', text: 'US' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-10',
    passages: ['Prime Minister Benjamin Netanyahu warned that Israel would act alone if diplomacy failed to halt uranium enrichment in Iran.'],
    expected: [
      { entity: 'benjamin-netanyahu', text: 'Prime Minister Benjamin Netanyahu' },
      { entity: 'israel', text: 'Israel' },
      { entity: 'uranium-enrichment', text: 'uranium enrichment' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-11',
    passages: ["Oman's foreign minister, Badr Albusaidi, said the two delegations sat in separate rooms while he carried messages between them."],
    expected: [
      { entity: 'oman', text: 'Oman' },
      { entity: 'badr-albusaidi', text: 'Badr Albusaidi' },
    ],
    tags: ['alias', 'possessive'],
  },
  {
    id: 'alias-12',
    passages: ['The Islamic Revolutionary Guard Corps said it had seized a foreign tanker in the Strait of Hormuz.'],
    expected: [
      { entity: 'irgc', text: 'Islamic Revolutionary Guard Corps' },
      { entity: 'strait-of-hormuz', text: 'Strait of Hormuz' },
    ],
    tags: ['alias', 'multiword'],
  },
  {
    id: 'alias-13',
    passages: ['Ebrahim Raisi, who died in a helicopter crash in 2024, had taken a harder line on the talks than his predecessor.'],
    expected: [{ entity: 'ebrahim-raisi', text: 'Ebrahim Raisi' }],
    tags: ['alias'],
  },
  {
    id: 'alias-14',
    passages: ['Hezbollah, the Houthis and Hamas make up the core of what Tehran calls the Axis of Resistance.'],
    expected: [
      { entity: 'hezbollah', text: 'Hezbollah' },
      { entity: 'houthis', text: 'Houthis' },
      { entity: 'hamas', text: 'Hamas' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'axis-of-resistance', text: 'Axis of Resistance' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-15',
    passages: ['Under the maximum pressure campaign, Washington has tried to stop China from buying Iranian crude.'],
    expected: [
      { entity: 'maximum-pressure', text: 'maximum pressure campaign' },
      { entity: 'washington', text: 'Washington' },
      { entity: 'china', text: 'China' },
      { entity: 'oil-exports', text: 'Iranian crude' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-16',
    passages: ['France, Germany and Britain triggered the snapback mechanism in late August, starting a 30-day countdown at the UN Security Council.'],
    expected: [
      { entity: 'e3', text: 'France, Germany and Britain' },
      { entity: 'snapback', text: 'snapback mechanism' },
      { entity: 'un-security-council', text: 'UN Security Council' },
    ],
    tags: ['alias', 'multiword'],
  },
  {
    id: 'alias-17',
    passages: ['The P5+1 (the United States, Britain, Russia, China, France and Germany) spent nearly two years negotiating with Iran.'],
    expected: [
      { entity: 'p5-plus-1', text: 'P5+1' },
      { entity: 'united-states', text: 'United States' },
      { entity: 'united-kingdom', text: 'Britain' },
      { entity: 'russia', text: 'Russia' },
      { entity: 'china', text: 'China' },
      { entity: 'france', text: 'France' },
      { entity: 'germany', text: 'Germany' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-18',
    passages: ['Saudi Arabia and Iran restored diplomatic ties in 2023 in a deal brokered by China.'],
    expected: [
      { entity: 'saudi-arabia', text: 'Saudi Arabia' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'china', text: 'China' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-19',
    passages: ["Yemen's Houthi movement has fired missiles at ships in the Red Sea throughout the Gaza war."],
    expected: [
      { entity: 'yemen', text: 'Yemen' },
      { entity: 'houthis', text: 'Houthi movement' },
      { entity: 'gaza-war', text: 'Gaza war' },
    ],
    tags: ['alias', 'possessive'],
  },
  {
    id: 'alias-20',
    passages: ["For decades Syria was Iran's closest Arab ally and its land bridge to Hezbollah in Lebanon."],
    expected: [
      { entity: 'syria', text: 'Syria' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'hezbollah', text: 'Hezbollah' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-21',
    passages: ['The European Union said it remained committed to diplomacy with Tehran and urged both sides to return to the table.'],
    expected: [
      { entity: 'european-union', text: 'European Union' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-22',
    passages: ['Natanz and Isfahan were both struck during Operation Midnight Hammer on 22 June.'],
    expected: [
      { entity: 'natanz', text: 'Natanz' },
      { entity: 'isfahan', text: 'Isfahan' },
      { entity: 'june-2025-war', text: 'Operation Midnight Hammer' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-23',
    passages: ['Iran is estimated to hold more than 400 kilograms of highly enriched uranium, according to the UN nuclear watchdog.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'uranium-enrichment', text: 'highly enriched uranium' },
      { entity: 'iaea', text: 'UN nuclear watchdog' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-24',
    passages: ['The Iran hostage crisis began in November 1979 and lasted 444 days.'],
    expected: [{ entity: 'iran-hostage-crisis', text: 'Iran hostage crisis' }],
    tags: ['alias', 'multiword'],
  },
  {
    id: 'alias-25',
    passages: ['Ayatollah Ruhollah Khomeini returned from exile in February 1979, days before the monarchy collapsed and the Islamic Revolution triumphed.'],
    expected: [
      { entity: 'ruhollah-khomeini', text: 'Ayatollah Ruhollah Khomeini' },
      { entity: 'islamic-revolution', text: 'Islamic Revolution' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-26',
    passages: ['Brent crude jumped 7% as traders weighed the risk of a closure of the Strait of Hormuz.'],
    expected: [
      { entity: 'energy-prices', text: 'Brent crude' },
      { entity: 'strait-of-hormuz', text: 'Strait of Hormuz' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-27',
    passages: ['A bipartisan group in the US Congress wants any agreement with Tehran submitted for review.'],
    expected: [
      { entity: 'us-congress', text: 'US Congress' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-28',
    passages: ['Proxy wars in Yemen and Syria have kept Riyadh and Tehran on opposite sides for a decade.'],
    expected: [
      { entity: 'proxy-conflicts', text: 'Proxy wars' },
      { entity: 'yemen', text: 'Yemen' },
      { entity: 'syria', text: 'Syria' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-29',
    passages: ['Ayatollah Ali Khamenei has the final say on any agreement.'],
    expected: [{ entity: 'ali-khamenei', text: 'Ayatollah Ali Khamenei' }],
    tags: ['alias', 'multiword'],
  },
  {
    id: 'alias-30',
    passages: ["Iran's supreme leader has called negotiations with Washington neither wise nor honourable."],
    expected: [
      { entity: 'ali-khamenei', text: "Iran's supreme leader" },
      { entity: 'washington', text: 'Washington' },
    ],
    tags: ['alias', 'multiword'],
  },
  {
    id: 'alias-31',
    passages: ['The Middle East has rarely looked so fragile, diplomats in Riyadh and Abu Dhabi say.'],
    expected: [{ entity: 'middle-east', text: 'Middle East' }],
    tags: ['alias'],
  },
  {
    id: 'alias-32',
    passages: ['Insurance rates for Persian Gulf shipping doubled after the tanker attacks.'],
    expected: [{ entity: 'persian-gulf', text: 'Persian Gulf' }],
    tags: ['alias'],
  },
  {
    id: 'alias-33',
    passages: ['Persia was officially renamed Iran in 1935.'],
    expected: [
      { entity: 'iran', text: 'Persia' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-34',
    passages: ['Emirati officials refer to the waterway as the Arabian Gulf.'],
    expected: [
      { entity: 'persian-gulf', text: 'Arabian Gulf' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-35',
    passages: ['Under Resolution 2231, most UN restrictions on the programme were due to expire in October 2025.'],
    expected: [
      { entity: 'resolution-2231', text: 'Resolution 2231' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-36',
    passages: ['The Pasdaran answer to Khamenei, not to the elected government.'],
    expected: [
      { entity: 'irgc', text: 'Pasdaran' },
      { entity: 'ali-khamenei', text: 'Khamenei' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-37',
    passages: ['Ansar Allah, better known as the Houthis, has controlled Sanaa since 2014.'],
    expected: [
      { entity: 'houthis', text: 'Ansar Allah' },
      { entity: 'houthis', text: 'Houthis' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-38',
    passages: ["Letter signed 'Donald J. Trump' was delivered to Tehran through an Emirati envoy"],
    expected: [
      { entity: 'donald-trump', text: 'Donald J. Trump' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'united-arab-emirates', text: 'Emirati' },
    ],
    tags: ['alias', 'headline'],
  },
  {
    id: 'alias-39',
    passages: ['“We are not going to let Iran have a nuclear weapon, period,” Trump said.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'donald-trump', text: 'Trump' },
    ],
    tags: ['alias'],
  },
  {
    id: 'alias-40',
    passages: ['Key points:', '• Rubio says Trump prefers diplomacy', '• Iran has not responded', "• Israel warns against a 'bad deal'"],
    expected: [
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'donald-trump', text: 'Trump' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'israel', text: 'Israel' },
    ],
    tags: ['alias', 'context'],
  },
  {
    id: 'alias-41',
    passages: ['What we know so far:', '- The snapback took effect on 28 September', '- UN sanctions on Iran are back in force', '- Russia and China reject the move'],
    expected: [
      { entity: 'snapback', text: 'snapback' },
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'russia', text: 'Russia' },
      { entity: 'china', text: 'China' },
    ],
    tags: ['alias', 'context'],
  },
  {
    id: 'alias-42',
    passages: ['Huthi forces claimed the attack on the bulk carrier.'],
    expected: [{ entity: 'houthis', text: 'Huthi' }],
    tags: ['alias', 'inflection'],
  },
  // ---------------------------------------------------------------------------------------------
  // case: US, EU, U.S., E.U. and the other short capitals count only as capitals
  // ---------------------------------------------------------------------------------------------
  {
    id: 'case-01',
    passages: ['Let us know what you think in the comments below.'],
    expected: [],
    tags: ['case'],
  },
  {
    id: 'case-02',
    passages: ['LET US KNOW WHAT YOU THINK: SHOULD TRUMP MEET KHAMENEI?'],
    expected: [
      { entity: 'donald-trump', text: 'TRUMP' },
      { entity: 'ali-khamenei', text: 'KHAMENEI' },
    ],
    tags: ['case', 'headline'],
  },
  {
    id: 'case-03',
    passages: ['US AND IRAN TO HOLD NEW ROUND OF TALKS IN MUSCAT'],
    expected: [
      { entity: 'united-states', text: 'US' },
      { entity: 'iran', text: 'IRAN' },
    ],
    tags: ['case', 'headline'],
  },
  {
    id: 'case-04',
    passages: ['Tell Us About Your Commute: A Reader Survey'],
    expected: [],
    tags: ['case', 'headline'],
  },
  {
    id: 'case-05',
    passages: ["The E.U. and the U.S. have coordinated their positions ahead of the meeting with Iran's negotiators."],
    expected: [
      { entity: 'european-union', text: 'E.U.' },
      { entity: 'united-states', text: 'U.S.' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['case', 'possessive'],
  },
  {
    id: 'case-06',
    passages: ["The EU's foreign policy chief said the door to diplomacy with Tehran remained open."],
    expected: [
      { entity: 'kaja-kallas', text: "EU's foreign policy chief" },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['case', 'possessive'],
  },
  {
    id: 'case-07',
    passages: ['The euro fell against the dollar as traders priced in a slower recovery across Europe.'],
    expected: [],
    tags: ['case', 'near-miss'],
  },
  {
    id: 'case-08',
    passages: ['Supporters in the USA rallied outside the Capitol, while protesters in Tehran burned a U.S. flag.'],
    expected: [
      { entity: 'united-states', text: 'USA' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'united-states', text: 'U.S.' },
    ],
    tags: ['case'],
  },
  {
    id: 'case-09',
    passages: ['Join us for a live Q&A with our Middle East correspondent at 3 p.m.'],
    expected: [{ entity: 'middle-east', text: 'Middle East' }],
    tags: ['case'],
  },
  {
    id: 'case-10',
    passages: ['Us Weekly named the actress its cover star for the summer issue.'],
    expected: [],
    tags: ['case', 'ambiguous'],
  },
  {
    id: 'case-11',
    passages: ['She reached the semi-finals of the US Open for the first time in her career.'],
    expected: [],
    tags: ['case', 'ambiguous'],
  },
  {
    id: 'case-12',
    passages: ['In the Colle System, White opens with d4 and follows up with e3, Bd3 and c3.'],
    expected: [],
    tags: ['case', 'ambiguous'],
  },
  {
    id: 'case-13',
    passages: ['The E3 said Iran had failed to address its concerns and announced it would trigger the snapback.'],
    expected: [
      { entity: 'e3', text: 'E3' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'snapback', text: 'snapback' },
    ],
    tags: ['case', 'ambiguous'],
  },
  {
    id: 'case-14',
    passages: ['The E3 gaming expo in Los Angeles was cancelled for good in 2023.'],
    expected: [],
    tags: ['case', 'ambiguous'],
  },
  {
    id: 'case-15',
    passages: ['Plug the USB cable into the port marked US-2 on the back panel.'],
    expected: [],
    tags: ['case'],
  },
  {
    id: 'case-16',
    passages: ['The IRGC navy said the PRC-flagged vessel had been released after inspection.'],
    expected: [
      { entity: 'irgc', text: 'IRGC' },
      { entity: 'china', text: 'PRC' },
    ],
    tags: ['case'],
  },
  {
    id: 'case-17',
    passages: ['The US Treasury added six companies to its list, accusing them of helping the IRGC sell oil to buyers in East Asia.'],
    expected: [
      { entity: 'united-states', text: 'US' },
      { entity: 'irgc', text: 'IRGC' },
    ],
    tags: ['case'],
  },
  {
    id: 'case-18',
    passages: ['WHY THE US OPEN FINAL WAS WORTH THE WAIT'],
    expected: [],
    tags: ['case', 'headline', 'ambiguous'],
  },
  {
    id: 'case-19',
    passages: ['Give us a call if your order has not arrived within five working days.'],
    expected: [],
    tags: ['case'],
  },
  {
    id: 'case-20',
    passages: ['Diplomats said the E.U. would not reimpose its own sanctions on Iran until the talks had run their course.'],
    expected: [
      { entity: 'european-union', text: 'E.U.' },
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['case'],
  },
  {
    id: 'case-21',
    passages: ["“Washington has told us nothing,” an Iranian diplomat said, adding that the US had yet to reply to Tehran's proposal."],
    expected: [
      { entity: 'washington', text: 'Washington' },
      { entity: 'iran', text: 'Iranian' },
      { entity: 'united-states', text: 'US' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['case', 'possessive'],
  },
  {
    id: 'case-22',
    passages: ['The KSA and the UAE both welcomed the resumption of talks between Tehran and Washington.'],
    expected: [
      { entity: 'saudi-arabia', text: 'KSA' },
      { entity: 'united-arab-emirates', text: 'UAE' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'washington', text: 'Washington' },
    ],
    tags: ['case'],
  },
  {
    id: 'case-23',
    passages: ['Eu-152 and Eu-154 are radioactive isotopes of europium used to calibrate gamma detectors.'],
    expected: [],
    tags: ['case', 'near-miss'],
  },
  {
    id: 'case-24',
    passages: ["MARCO RUBIO: 'THE PRESIDENT WANTS A DEAL WITH IRAN'"],
    expected: [
      { entity: 'marco-rubio', text: 'MARCO RUBIO' },
      { entity: 'iran', text: 'IRAN' },
    ],
    tags: ['case', 'headline'],
  },
  {
    id: 'case-25',
    passages: ['honestly trump meeting khamenei would be wild. never thought id see the day'],
    expected: [
      { entity: 'donald-trump', text: 'trump' },
      { entity: 'ali-khamenei', text: 'khamenei' },
    ],
    tags: ['case', 'context'],
  },
  {
    id: 'case-26',
    passages: ['Talks between Iran and the E3+3 stalled over the pace of sanctions relief.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'p5-plus-1', text: 'E3+3' },
      { entity: 'sanctions', text: 'sanctions' },
    ],
    tags: ['case'],
  },
  {
    id: 'case-27',
    passages: ["The UNSC will meet in emergency session on Friday at Iran's request."],
    expected: [
      { entity: 'un-security-council', text: 'UNSC' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['case', 'possessive'],
  },
  {
    id: 'case-28',
    passages: ["Inspectors have not been able to verify Iran's HEU stockpile since June."],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'uranium-enrichment', text: 'HEU' },
    ],
    tags: ['case', 'possessive'],
  },
  {
    id: 'case-29',
    passages: ["'It's a great day for all of us,' the head librarian said after the council voted to keep the branch open on Sundays and to scrap late fees on children's books."],
    expected: [],
    tags: ['case'],
  },
  {
    id: 'case-30',
    passages: ['BY THE NUMBERS: WHAT THE US STRIKES DID TO FORDOW'],
    expected: [
      { entity: 'united-states', text: 'US' },
      { entity: 'fordow', text: 'FORDOW' },
    ],
    tags: ['case', 'headline'],
  },
  // ---------------------------------------------------------------------------------------------
  // possessive: 's, ’s, plural s', and U.S.'s
  // ---------------------------------------------------------------------------------------------
  {
    id: 'possessive-01',
    passages: ["Iran's foreign ministry called the remarks a positive but insufficient signal."],
    expected: [{ entity: 'iran', text: 'Iran' }],
    tags: ['possessive'],
  },
  {
    id: 'possessive-02',
    passages: ['Khamenei’s office did not respond to Rubio’s comments on Wednesday.'],
    expected: [
      { entity: 'ali-khamenei', text: 'Khamenei' },
      { entity: 'marco-rubio', text: 'Rubio' },
    ],
    tags: ['possessive', 'unicode'],
  },
  {
    id: 'possessive-03',
    passages: ["The Saudis' main worry is being caught in the crossfire if talks between Tehran and Washington collapse."],
    expected: [
      { entity: 'saudi-arabia', text: 'Saudis' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'washington', text: 'Washington' },
    ],
    tags: ['possessive', 'inflection'],
  },
  {
    id: 'possessive-04',
    passages: ["The U.S.'s partners in the Gulf were briefed before the announcement."],
    expected: [{ entity: 'united-states', text: 'U.S.' }],
    tags: ['possessive', 'case'],
  },
  {
    id: 'possessive-05',
    passages: ["Trump's letter to Khamenei proposed talks within two months."],
    expected: [
      { entity: 'donald-trump', text: 'Trump' },
      { entity: 'ali-khamenei', text: 'Khamenei' },
    ],
    tags: ['possessive'],
  },
  {
    id: 'possessive-06',
    passages: ['Israel’s strikes on 13 June ended the track that Oman had been mediating.'],
    expected: [
      { entity: 'israel', text: 'Israel' },
      { entity: 'oman', text: 'Oman' },
    ],
    tags: ['possessive', 'unicode'],
  },
  {
    id: 'possessive-07',
    passages: ["Hezbollah's arsenal has been badly depleted since the 2024 war with Israel."],
    expected: [
      { entity: 'hezbollah', text: 'Hezbollah' },
      { entity: 'israel', text: 'Israel' },
    ],
    tags: ['possessive'],
  },
  {
    id: 'possessive-08',
    passages: ["The IAEA's latest report says inspectors have lost continuity of knowledge over Iran’s stockpile."],
    expected: [
      { entity: 'iaea', text: 'IAEA' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['possessive', 'unicode'],
  },
  {
    id: 'possessive-09',
    passages: ["China's purchases of Iranian crude hit a record in the spring."],
    expected: [
      { entity: 'china', text: 'China' },
      { entity: 'oil-exports', text: 'Iranian crude' },
    ],
    tags: ['possessive'],
  },
  {
    id: 'possessive-10',
    passages: ["The Houthis' attacks on shipping have pushed insurance costs up sharply."],
    expected: [{ entity: 'houthis', text: 'Houthis' }],
    tags: ['possessive'],
  },
  {
    id: 'possessive-11',
    passages: ["Congress's role in any deal remains unclear, Rubio told senators, but Tehran should not count on lawmakers to rubber-stamp it."],
    expected: [
      { entity: 'us-congress', text: 'Congress' },
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['possessive', 'ambiguous'],
  },
  {
    id: 'possessive-12',
    passages: ["Netanyahu's government has lobbied against any deal that leaves Iranian enrichment in place."],
    expected: [
      { entity: 'benjamin-netanyahu', text: 'Netanyahu' },
      { entity: 'iran', text: 'Iranian' },
      { entity: 'uranium-enrichment', text: 'enrichment' },
    ],
    tags: ['possessive'],
  },
  {
    id: 'possessive-13',
    passages: ["IRAN'S ARAGHCHI: 'WE ARE READY IF WASHINGTON IS SERIOUS'"],
    expected: [
      { entity: 'iran', text: 'IRAN' },
      { entity: 'abbas-araghchi', text: 'ARAGHCHI' },
      { entity: 'washington', text: 'WASHINGTON' },
    ],
    tags: ['possessive', 'headline', 'case'],
  },
  {
    id: 'possessive-14',
    passages: ["Witkoff's back channel to Araghchi ran through Muscat for months."],
    expected: [
      { entity: 'steve-witkoff', text: 'Witkoff' },
      { entity: 'abbas-araghchi', text: 'Araghchi' },
    ],
    tags: ['possessive'],
  },
  {
    id: 'possessive-15',
    passages: ["The JCPOA's sunset clauses were a favourite target of its critics."],
    expected: [{ entity: 'jcpoa', text: 'JCPOA' }],
    tags: ['possessive'],
  },
  {
    id: 'possessive-16',
    passages: ["Russia's envoy in Vienna said Moscow would block any move at the Security Council to punish Tehran."],
    expected: [
      { entity: 'russia', text: 'Russia' },
      { entity: 'un-security-council', text: 'Security Council' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['possessive', 'ambiguous'],
  },
  {
    id: 'possessive-17',
    passages: ['Washington’s offer, as Rubio described it, would ease some sanctions in return for limits on enrichment.'],
    expected: [
      { entity: 'washington', text: 'Washington' },
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'uranium-enrichment', text: 'enrichment' },
    ],
    tags: ['possessive', 'unicode'],
  },
  {
    id: 'possessive-18',
    passages: ["Obama's negotiators spent months in Lausanne and Vienna haggling over centrifuge numbers."],
    expected: [{ entity: 'barack-obama', text: 'Obama' }],
    tags: ['possessive'],
  },
  {
    id: 'possessive-19',
    passages: ["The boy's mother said the school's new uniform policy had been announced without warning."],
    expected: [],
    tags: ['possessive'],
  },
  {
    id: 'possessive-20',
    passages: ["Tehran's reply, delivered through Oman's foreign minister, was described as constructive."],
    expected: [
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'badr-albusaidi', text: "Oman's foreign minister" },
    ],
    tags: ['possessive'],
  },
  {
    id: 'possessive-21',
    passages: ['Pezeshkian’s government needs sanctions relief to tame inflation of more than 40%.'],
    expected: [
      { entity: 'masoud-pezeshkian', text: 'Pezeshkian' },
      { entity: 'sanctions', text: 'sanctions' },
    ],
    tags: ['possessive', 'unicode'],
  },
  {
    id: 'possessive-22',
    passages: ["Israelis' confidence in a diplomatic outcome is low, a new poll found."],
    expected: [{ entity: 'israel', text: 'Israelis' }],
    tags: ['possessive', 'inflection'],
  },
  {
    id: 'possessive-23',
    passages: ["Soleimani's killing brought the two countries closer to open war than at any time since 1988."],
    expected: [{ entity: 'qasem-soleimani', text: 'Soleimani' }],
    tags: ['possessive'],
  },
  {
    id: 'possessive-24',
    passages: ['The Iranians’ patience is not unlimited, Araghchi warned.'],
    expected: [
      { entity: 'iran', text: 'Iranians' },
      { entity: 'abbas-araghchi', text: 'Araghchi' },
    ],
    tags: ['possessive', 'inflection', 'unicode'],
  },
  {
    id: 'possessive-25',
    passages: ["The Revolutionary Guards' commanders were the first targets of the Israeli strikes."],
    expected: [
      { entity: 'irgc', text: 'Revolutionary Guards' },
      { entity: 'israel', text: 'Israeli' },
    ],
    tags: ['possessive', 'multiword'],
  },
  // ---------------------------------------------------------------------------------------------
  // inflection: adjectives, plurals and verb forms a reader links to the entity
  // ---------------------------------------------------------------------------------------------
  {
    id: 'inflection-01',
    passages: ['Iranian officials said they would study the proposal carefully.'],
    expected: [{ entity: 'iran', text: 'Iranian' }],
    tags: ['inflection'],
  },
  {
    id: 'inflection-02',
    passages: ['Many Iranians hope a deal will bring prices down; others doubt it will change anything.'],
    expected: [{ entity: 'iran', text: 'Iranians' }],
    tags: ['inflection'],
  },
  {
    id: 'inflection-03',
    passages: ['Houthi fighters paraded through Sanaa to mark the anniversary of the takeover.'],
    expected: [{ entity: 'houthis', text: 'Houthi' }],
    tags: ['inflection'],
  },
  {
    id: 'inflection-04',
    passages: ['The Treasury sanctioned three Hong Kong firms accused of shipping Iranian oil to refineries in China.'],
    expected: [
      { entity: 'sanctions', text: 'sanctioned' },
      { entity: 'oil-exports', text: 'Iranian oil' },
      { entity: 'china', text: 'China' },
    ],
    tags: ['inflection', 'ambiguous'],
  },
  {
    id: 'inflection-05',
    passages: ['The tanker had been sanctioned by Washington last year for carrying Iranian crude.'],
    expected: [
      { entity: 'sanctions', text: 'sanctioned' },
      { entity: 'washington', text: 'Washington' },
      { entity: 'oil-exports', text: 'Iranian crude' },
    ],
    tags: ['inflection', 'ambiguous'],
  },
  {
    id: 'inflection-06',
    passages: ['The race was sanctioned by the national cycling federation and will count towards the rankings.'],
    expected: [],
    tags: ['inflection', 'ambiguous'],
  },
  {
    id: 'inflection-07',
    passages: ['Israeli jets struck targets near Isfahan overnight, Israeli media reported.'],
    expected: [
      { entity: 'israel', text: 'Israeli' },
      { entity: 'isfahan', text: 'Isfahan' },
      { entity: 'israel', text: 'Israeli' },
    ],
    tags: ['inflection'],
  },
  {
    id: 'inflection-08',
    passages: ['Syrian refugees in Jordan say they have little hope of going home soon.'],
    expected: [{ entity: 'syria', text: 'Syrian' }],
    tags: ['inflection'],
  },
  {
    id: 'inflection-09',
    passages: ['The Syrian hamster is a popular first pet because it lives alone and is easy to handle.'],
    expected: [],
    tags: ['inflection', 'near-miss'],
  },
  {
    id: 'inflection-10',
    passages: ['Russian and Chinese diplomats argued that the snapback was legally void.'],
    expected: [
      { entity: 'russia', text: 'Russian' },
      { entity: 'china', text: 'Chinese' },
      { entity: 'snapback', text: 'snapback' },
    ],
    tags: ['inflection', 'ambiguous'],
  },
  {
    id: 'inflection-11',
    passages: ['Add a spoonful of Russian dressing and a pinch of paprika before serving.'],
    expected: [],
    tags: ['inflection', 'ambiguous'],
  },
  {
    id: 'inflection-12',
    passages: ['Yemeni officials accused the Houthis of diverting food aid.'],
    expected: [
      { entity: 'yemen', text: 'Yemeni' },
      { entity: 'houthis', text: 'Houthis' },
    ],
    tags: ['inflection'],
  },
  {
    id: 'inflection-13',
    passages: ['Omani mediators shuttled between the two delegations, which never met face to face.'],
    expected: [{ entity: 'oman', text: 'Omani' }],
    tags: ['inflection'],
  },
  {
    id: 'inflection-14',
    passages: ['Iran has been enriching uranium to 60%, a short technical step from weapons grade.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'uranium-enrichment', text: 'enriching uranium' },
    ],
    tags: ['inflection'],
  },
  {
    id: 'inflection-15',
    passages: ['Congressional Republicans want a vote on any agreement with Iran.'],
    expected: [
      { entity: 'us-congress', text: 'Congressional' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['inflection', 'ambiguous'],
  },
  {
    id: 'inflection-16',
    passages: ['Saudi and Emirati officials have quietly encouraged the talks with Tehran.'],
    expected: [
      { entity: 'saudi-arabia', text: 'Saudi' },
      { entity: 'united-arab-emirates', text: 'Emirati' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['inflection'],
  },
  {
    id: 'inflection-17',
    passages: ['The Chinese checkers set was missing three marbles, so we played draughts instead.'],
    expected: [],
    tags: ['inflection', 'ambiguous'],
  },
  {
    id: 'inflection-18',
    passages: ["Washington's sanctioning of Chinese refineries has done little to slow purchases of Iranian crude."],
    expected: [
      { entity: 'washington', text: 'Washington' },
      { entity: 'sanctions', text: 'sanctioning' },
      { entity: 'china', text: 'Chinese' },
      { entity: 'oil-exports', text: 'Iranian crude' },
    ],
    tags: ['inflection', 'possessive'],
  },
  {
    id: 'inflection-19',
    passages: ['Middle Eastern diplomats in New York described the mood as cautiously hopeful.'],
    expected: [{ entity: 'middle-east', text: 'Middle Eastern' }],
    tags: ['inflection'],
  },
  {
    id: 'inflection-20',
    passages: ['Iraqi militias aligned with Tehran have largely stayed out of the fighting.'],
    expected: [
      { entity: 'iraqi-militias', text: 'Iraqi militias' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['inflection', 'near-miss'],
  },
  {
    id: 'inflection-21',
    passages: ['Russians and Iranians have deepened their military cooperation since 2022.'],
    expected: [
      { entity: 'russia', text: 'Russians' },
      { entity: 'iran', text: 'Iranians' },
    ],
    tags: ['inflection'],
  },
  {
    id: 'inflection-22',
    passages: ['The league sanctioned the club for fielding an ineligible player in the cup tie.'],
    expected: [],
    tags: ['inflection', 'ambiguous'],
  },
  {
    id: 'inflection-23',
    passages: ['Thousands of Yemenis have fled the fighting around Hodeidah since the spring.'],
    expected: [{ entity: 'yemen', text: 'Yemenis' }],
    tags: ['inflection'],
  },
  {
    id: 'inflection-24',
    passages: ['Syrians and Israelis held their first direct security talks in decades.'],
    expected: [
      { entity: 'syria', text: 'Syrians' },
      { entity: 'israel', text: 'Israelis' },
    ],
    tags: ['inflection'],
  },
  {
    id: 'inflection-25',
    passages: ['Experts say Iran could enrich uranium to weapons grade within weeks if it chose to.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'uranium-enrichment', text: 'enrich uranium' },
    ],
    tags: ['inflection'],
  },
  {
    id: 'inflection-26',
    passages: ['The Omanis have a long record of quiet mediation between Tehran and the West.'],
    expected: [
      { entity: 'oman', text: 'Omanis' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['inflection'],
  },
  {
    id: 'inflection-27',
    passages: ['Iraqi oil exports through the Kirkuk-Ceyhan pipeline resumed after a two-year halt.'],
    expected: [],
    tags: ['inflection', 'near-miss', 'ambiguous'],
  },
  {
    id: 'inflection-28',
    passages: ['Sanctioning the Revolutionary Guard has done little to shrink its business empire, analysts say.'],
    expected: [
      { entity: 'sanctions', text: 'Sanctioning' },
      { entity: 'irgc', text: 'Revolutionary Guard' },
    ],
    tags: ['inflection', 'ambiguous'],
  },
  // ---------------------------------------------------------------------------------------------
  // unicode: diacritics, soft hyphens, zero-width spaces, no-break spaces, curly quotes,
  // dashes, and words broken by a hyphen at a line end
  // ---------------------------------------------------------------------------------------------
  {
    id: 'unicode-01',
    passages: ['In scholarly transliteration the leader’s name is written Khāmeneʾi.'],
    expected: [{ entity: 'ali-khamenei', text: 'Khāmeneʾi' }],
    tags: ['unicode', 'fuzzy'],
  },
  {
    id: 'unicode-02',
    passages: ['Secretary of State\u00A0Marco\u00A0Rubio spoke to reporters after the meeting with Gulf ministers.'],
    expected: [{ entity: 'marco-rubio', text: 'Secretary of State\u00A0Marco\u00A0Rubio' }],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-03',
    passages: ['Ali\u00A0Khamenei has not commented publicly on the letter.'],
    expected: [{ entity: 'ali-khamenei', text: 'Ali\u00A0Khamenei' }],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-04',
    passages: ['Kha\u00ADme\u00ADnei rejected direct negotiations in a speech on Sunday.'],
    expected: [{ entity: 'ali-khamenei', text: 'Kha\u00ADme\u00ADnei' }],
    tags: ['unicode'],
  },
  {
    id: 'unicode-05',
    passages: ['Negotiators from Teh\u00ADran arrived in Muscat late on Friday.'],
    expected: [{ entity: 'tehran', text: 'Teh\u00ADran' }],
    tags: ['unicode'],
  },
  {
    id: 'unicode-06',
    passages: ['The talks between Ara\u200Bghchi and Witkoff lasted three hours.'],
    expected: [
      { entity: 'abbas-araghchi', text: 'Ara\u200Bghchi' },
      { entity: 'steve-witkoff', text: 'Witkoff' },
    ],
    tags: ['unicode'],
  },
  {
    id: 'unicode-07',
    passages: ['Supreme Leader Khame-\nnei said the United States could not be trusted.'],
    expected: [
      { entity: 'ali-khamenei', text: 'Supreme Leader Khame-\nnei' },
      { entity: 'united-states', text: 'United States' },
    ],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-08',
    passages: ['President Pezesh-\nkian said his government was ready to talk, but not under threat.'],
    expected: [{ entity: 'masoud-pezeshkian', text: 'President Pezesh-\nkian' }],
    tags: ['unicode'],
  },
  {
    id: 'unicode-09',
    passages: ['Iran’s envoy to the UN called the snap\u00ADback illegal.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'snapback', text: 'snap\u00ADback' },
    ],
    tags: ['unicode', 'possessive'],
  },
  {
    id: 'unicode-10',
    passages: ['The Israel–Iran war lasted twelve days and ended in a ceasefire on 24 June.'],
    expected: [{ entity: 'june-2025-war', text: 'Israel–Iran war' }],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-11',
    passages: ['US–Iran relations have been frozen since 1980.'],
    expected: [
      { entity: 'united-states', text: 'US' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['unicode', 'case'],
  },
  {
    id: 'unicode-12',
    passages: ['“We are not seeking war,” Araghchi said in Teheran.'],
    expected: [
      { entity: 'abbas-araghchi', text: 'Araghchi' },
      { entity: 'tehran', text: 'Teheran' },
    ],
    tags: ['unicode', 'alias'],
  },
  {
    id: 'unicode-13',
    passages: ['Some academic texts spell the name Kha\u0304mene\u02BEi\u0304, with macrons and a half ring.'],
    expected: [{ entity: 'ali-khamenei', text: 'Kha\u0304mene\u02BEi\u0304' }],
    tags: ['unicode', 'fuzzy'],
  },
  {
    id: 'unicode-14',
    passages: ['Trump\u00A0administration officials briefed lawmakers on Capitol\u00A0Hill.'],
    expected: [
      { entity: 'donald-trump', text: 'Trump' },
      { entity: 'us-congress', text: 'Capitol\u00A0Hill' },
    ],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-15',
    passages: ['The International Atomic Energy\u00A0Agency has asked to return to Fordow.'],
    expected: [
      { entity: 'iaea', text: 'International Atomic Energy\u00A0Agency' },
      { entity: 'fordow', text: 'Fordow' },
    ],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-16',
    passages: ['Rubio’s remarks on talks with Tehran were welcomed in Muscat and met with silence in Jerusalem.'],
    expected: [
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['unicode', 'possessive'],
  },
  {
    id: 'unicode-17',
    passages: ['Has\u00ADsan Rou\u00ADha\u00ADni served two terms as president.'],
    expected: [{ entity: 'hassan-rouhani', text: 'Has\u00ADsan Rou\u00ADha\u00ADni' }],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-18',
    passages: ['Under the ceasefire terms, Hez\u200Bbollah fighters must pull back north of the Litani river.'],
    expected: [{ entity: 'hezbollah', text: 'Hez\u200Bbollah' }],
    tags: ['unicode'],
  },
  {
    id: 'unicode-19',
    passages: ['Strait\u00A0of\u00A0Hormuz traffic fell by a fifth in the week after the strikes.'],
    expected: [{ entity: 'strait-of-hormuz', text: 'Strait\u00A0of\u00A0Hormuz' }],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-20',
    passages: ['Officials in Washington,\u00A0D.C., declined to comment on the report from Tehran.'],
    expected: [
      { entity: 'washington', text: 'Washington,\u00A0D.C.' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-21',
    passages: ['Soft\u00ADware up\u00ADdates for the phone will roll out next week, the com\u00ADpany said.'],
    expected: [],
    tags: ['unicode'],
  },
  {
    id: 'unicode-22',
    passages: ['The tea\u200Bcup and saucer were made of fine china from Staffordshire.'],
    expected: [],
    tags: ['unicode', 'near-miss'],
  },
  {
    id: 'unicode-23',
    passages: ['Mohammad\u00A0Javad\u00A0Zarif resigned as vice-president in March.'],
    expected: [{ entity: 'mohammad-javad-zarif', text: 'Mohammad\u00A0Javad\u00A0Zarif' }],
    tags: ['unicode', 'multiword'],
  },
  {
    id: 'unicode-24',
    passages: ['Iranian officials called Netanyahu’s claims “baseless”.'],
    expected: [
      { entity: 'iran', text: 'Iranian' },
      { entity: 'benjamin-netanyahu', text: 'Netanyahu' },
    ],
    tags: ['unicode', 'possessive'],
  },
  {
    id: 'unicode-25',
    passages: ['Rafael\u00A0Grossi said the agency’s inspectors were ready to go back “tomorrow”.'],
    expected: [{ entity: 'rafael-grossi', text: 'Rafael\u00A0Grossi' }],
    tags: ['unicode'],
  },
  {
    id: 'unicode-26',
    passages: ['The wa\u00ADter\u00ADfront trum\u00ADpet\u00ADer played until mid\u00ADnight.'],
    expected: [],
    tags: ['unicode', 'near-miss'],
  },
  {
    id: 'unicode-27',
    passages: ['Talks on the nu\u00ADclear deal col\u00ADlapsed in 2022, when Iran and the U.S. could not agree on guarantees.'],
    expected: [
      { entity: 'jcpoa', text: 'nu\u00ADclear deal' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'united-states', text: 'U.S.' },
    ],
    tags: ['unicode', 'ambiguous'],
  },
  {
    id: 'unicode-28',
    passages: ['The statement from Ali\u00A0Khamenei’s office was read on state television.'],
    expected: [{ entity: 'ali-khamenei', text: 'Ali\u00A0Khamenei' }],
    tags: ['unicode', 'possessive'],
  },
  // ---------------------------------------------------------------------------------------------
  // persian: Persian and Arabic script, ZWNJ and its substitutes, Arabic letter variants,
  // tatweel, short vowel marks, mixed English and Persian
  // ---------------------------------------------------------------------------------------------
  {
    id: 'persian-01',
    passages: ['ایران و آمریکا دور تازه\u200Cای از مذاکرات را در مسقط برگزار می\u200Cکنند.'],
    expected: [
      { entity: 'iran', text: 'ایران' },
      { entity: 'united-states', text: 'آمریکا' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-02',
    passages: ['آیت\u200Cالله خامنه\u200Cای گفت مذاکره با آمریکا عاقلانه و شرافتمندانه نیست.'],
    expected: [
      { entity: 'ali-khamenei', text: 'آیت\u200Cالله خامنه\u200Cای' },
      { entity: 'united-states', text: 'آمریکا' },
    ],
    tags: ['persian', 'multiword'],
  },
  {
    id: 'persian-03',
    passages: ['روبیو گفت ترامپ ترجیح می\u200Cدهد با ایران به توافق برسد.'],
    expected: [
      { entity: 'marco-rubio', text: 'روبیو' },
      { entity: 'donald-trump', text: 'ترامپ' },
      { entity: 'iran', text: 'ایران' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-04',
    passages: ['علی خامنه ای در سخنرانی روز یکشنبه پیام ترامپ را رد کرد.'],
    expected: [
      { entity: 'ali-khamenei', text: 'علی خامنه ای' },
      { entity: 'donald-trump', text: 'ترامپ' },
    ],
    tags: ['persian', 'unicode'],
  },
  {
    id: 'persian-05',
    passages: ['مقامات ايران از پيشنهاد آمريكا استقبال كردند.'],
    expected: [
      { entity: 'iran', text: 'ايران' },
      { entity: 'united-states', text: 'آمريكا' },
    ],
    tags: ['persian', 'unicode'],
  },
  {
    id: 'persian-06',
    passages: ['ای\u0640\u0640\u0640ران آماده گفت\u200Cوگو است، اما نه زیر فشار.'],
    expected: [{ entity: 'iran', text: 'ای\u0640\u0640\u0640ران' }],
    tags: ['persian', 'unicode'],
  },
  {
    id: 'persian-07',
    passages: ['ت\u0650هران پایتخت ایران است.'],
    expected: [
      { entity: 'tehran', text: 'ت\u0650هران' },
      { entity: 'iran', text: 'ایران' },
    ],
    tags: ['persian', 'unicode'],
  },
  {
    id: 'persian-08',
    passages: ['برجام در سال ۲۰۱۵ میان ایران و شش قدرت جهانی امضا شد.'],
    expected: [
      { entity: 'jcpoa', text: 'برجام' },
      { entity: 'iran', text: 'ایران' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-09',
    passages: ['سپاه پاسداران انقلاب اسلامی یک نفتکش خارجی را در تنگه هرمز توقیف کرد.'],
    expected: [
      { entity: 'irgc', text: 'سپاه پاسداران انقلاب اسلامی' },
      { entity: 'strait-of-hormuz', text: 'تنگه هرمز' },
    ],
    tags: ['persian', 'multiword'],
  },
  {
    id: 'persian-10',
    passages: ['برخی احزاب مخالف، انتخابات را تحریم کردند.'],
    expected: [],
    tags: ['persian', 'ambiguous'],
  },
  {
    id: 'persian-11',
    passages: ['آمریکا تحریم\u200Cها را تا رسیدن به توافق لغو نمی\u200Cکند.'],
    expected: [
      { entity: 'united-states', text: 'آمریکا' },
      { entity: 'sanctions', text: 'تحریم\u200Cها' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-12',
    passages: ['امام خمینی در بهمن ۱۳۵۷ به ایران بازگشت.'],
    expected: [
      { entity: 'ruhollah-khomeini', text: 'امام خمینی' },
      { entity: 'iran', text: 'ایران' },
    ],
    tags: ['persian', 'near-miss'],
  },
  {
    id: 'persian-13',
    passages: ['عباس عراقچی، وزیر امور خارجه ایران، در مسقط با استیو ویتکاف دیدار کرد.'],
    expected: [
      { entity: 'abbas-araghchi', text: 'عباس عراقچی' },
      { entity: 'iran', text: 'ایران' },
      { entity: 'steve-witkoff', text: 'استیو ویتکاف' },
    ],
    tags: ['persian', 'multiword'],
  },
  {
    id: 'persian-14',
    passages: ['عراق و سوریه هر دو با کم\u200Cآبی شدید روبه\u200Cرو هستند.'],
    expected: [
      { entity: 'syria', text: 'سوریه' },
    ],
    tags: ['persian', 'near-miss'],
  },
  {
    id: 'persian-15',
    passages: ['چین و چروک پوست با افزایش سن بیشتر می\u200Cشود.'],
    expected: [],
    tags: ['persian', 'ambiguous'],
  },
  {
    id: 'persian-16',
    passages: ['ظروف چینی ظریف مادربزرگ را فقط در مهمانی\u200Cها بیرون می\u200Cآوردیم.'],
    expected: [],
    tags: ['persian', 'ambiguous', 'near-miss'],
  },
  {
    id: 'persian-17',
    passages: ['یک روحانی جوان در مسجد محله سخنرانی کرد.'],
    expected: [],
    tags: ['persian', 'ambiguous'],
  },
  {
    id: 'persian-18',
    passages: ['مسعود پزشکیان گفت دولتش آماده مذاکره است.'],
    expected: [{ entity: 'masoud-pezeshkian', text: 'مسعود پزشکیان' }],
    tags: ['persian'],
  },
  {
    id: 'persian-19',
    passages: ['غنی\u200Cسازی اورانیوم خط قرمز ایران است.'],
    expected: [
      { entity: 'uranium-enrichment', text: 'غنی\u200Cسازی اورانیوم' },
      { entity: 'iran', text: 'ایران' },
    ],
    tags: ['persian', 'multiword'],
  },
  {
    id: 'persian-20',
    passages: ['قال ماركو روبيو إن ترامب يفضل التوصل إلى اتفاق مع إيران.'],
    expected: [
      { entity: 'marco-rubio', text: 'ماركو روبيو' },
      { entity: 'donald-trump', text: 'ترامب' },
      { entity: 'iran', text: 'إيران' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-21',
    passages: ['أطلق الحوثيون صواريخ على سفن في البحر الأحمر.'],
    expected: [{ entity: 'houthis', text: 'الحوثيون' }],
    tags: ['persian'],
  },
  {
    id: 'persian-22',
    passages: ['استقبل الجمهور الفريق بكل حماس بعد الفوز.'],
    expected: [],
    tags: ['persian', 'ambiguous'],
  },
  {
    id: 'persian-23',
    passages: ['The crowd chanted “مرگ بر آمریکا” (“Death to America”) outside the former US embassy in Tehran.'],
    expected: [
      { entity: 'united-states', text: 'آمریکا' },
      { entity: 'united-states', text: 'America' },
      { entity: 'united-states', text: 'US' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['persian', 'unicode'],
  },
  {
    id: 'persian-24',
    passages: ['Khamenei (خامنه\u200Cای in Persian) is often confused with Khomeini (خمینی), his predecessor.'],
    expected: [
      { entity: 'ali-khamenei', text: 'Khamenei' },
      { entity: 'ali-khamenei', text: 'خامنه\u200Cای' },
      { entity: 'ruhollah-khomeini', text: 'Khomeini' },
      { entity: 'ruhollah-khomeini', text: 'خمینی' },
    ],
    tags: ['persian', 'near-miss'],
  },
  {
    id: 'persian-25',
    passages: ['سپاه دانش در دوران پهلوی برای سوادآموزی روستاییان تشکیل شد.'],
    expected: [],
    tags: ['persian', 'ambiguous'],
  },
  {
    id: 'persian-26',
    passages: ['او رئیسی سخت\u200Cگیر داشت و هر شب تا دیروقت در دفتر می\u200Cماند.'],
    expected: [],
    tags: ['persian', 'ambiguous'],
  },
  {
    id: 'persian-27',
    passages: ['ابراهیم رئیسی در اردیبهشت ۱۴۰۳ در سانحه سقوط بالگرد جان باخت.'],
    expected: [{ entity: 'ebrahim-raisi', text: 'ابراهیم رئیسی' }],
    tags: ['persian'],
  },
  {
    id: 'persian-28',
    passages: ['پیام خامنهای به حجاج منتشر شد.'],
    expected: [{ entity: 'ali-khamenei', text: 'خامنهای' }],
    tags: ['persian', 'fuzzy'],
  },
  {
    id: 'persian-29',
    passages: ['آيت\u200Cالله خامنه\u200Cاي بر ادامه غنی\u200Cسازی تأکید کرد.'],
    expected: [
      { entity: 'ali-khamenei', text: 'آيت\u200Cالله خامنه\u200Cاي' },
      { entity: 'uranium-enrichment', text: 'غنی\u200Cسازی' },
    ],
    tags: ['persian', 'unicode'],
  },
  {
    id: 'persian-30',
    passages: ['اسرائیل و عربستان سعودی از مذاکرات ایران و آمریکا نگران\u200Cاند.'],
    expected: [
      { entity: 'israel', text: 'اسرائیل' },
      { entity: 'saudi-arabia', text: 'عربستان سعودی' },
      { entity: 'iran', text: 'ایران' },
      { entity: 'united-states', text: 'آمریکا' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-31',
    passages: ['Who stands where:', '• Iran (ایران): cautious', '• Israel (اسرائیل): opposed'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'iran', text: 'ایران' },
      { entity: 'israel', text: 'Israel' },
      { entity: 'israel', text: 'اسرائیل' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-32',
    passages: ['با فعال شدن مکانیسم ماشه، تحریم\u200Cها بازگشت.'],
    expected: [
      { entity: 'snapback', text: 'مکانیسم ماشه' },
      { entity: 'sanctions', text: 'تحریم\u200Cها' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-33',
    passages: ['حزب\u200Cالله از پیشنهاد آتش\u200Cبس حمایت کرد.'],
    expected: [{ entity: 'hezbollah', text: 'حزب\u200Cالله' }],
    tags: ['persian', 'unicode'],
  },
  {
    id: 'persian-34',
    passages: ['قالت طهران إن المحادثات مع واشنطن كانت بناءة.'],
    expected: [
      { entity: 'tehran', text: 'طهران' },
      { entity: 'washington', text: 'واشنطن' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-35',
    passages: ['أعلنت الولايات المتحدة عقوبات جديدة على الحرس الثوري.'],
    expected: [
      { entity: 'united-states', text: 'الولايات المتحدة' },
      { entity: 'sanctions', text: 'عقوبات' },
      { entity: 'irgc', text: 'الحرس الثوري' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-36',
    passages: ['ایالات متحده و اتحادیه اروپا از ازسرگیری گفت\u200Cوگوها استقبال کردند.'],
    expected: [
      { entity: 'united-states', text: 'ایالات متحده' },
      { entity: 'european-union', text: 'اتحادیه اروپا' },
    ],
    tags: ['persian', 'multiword'],
  },
  {
    id: 'persian-37',
    passages: ['چین و روسیه با بازگشت تحریم\u200Cها علیه ایران مخالفت کردند.'],
    expected: [
      { entity: 'china', text: 'چین' },
      { entity: 'russia', text: 'روسیه' },
      { entity: 'sanctions', text: 'تحریم\u200Cها' },
      { entity: 'iran', text: 'ایران' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-38',
    passages: ['قال علي خامنئي إن التفاوض مع أمريكا ليس حكيماً.'],
    expected: [
      { entity: 'ali-khamenei', text: 'علي خامنئي' },
      { entity: 'united-states', text: 'أمريكا' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-39',
    passages: ['نفتکش\u200Cها از خلیج فارس و تنگه هرمز عبور می\u200Cکنند.'],
    expected: [
      { entity: 'persian-gulf', text: 'خلیج فارس' },
      { entity: 'strait-of-hormuz', text: 'تنگه هرمز' },
    ],
    tags: ['persian'],
  },
  {
    id: 'persian-40',
    passages: ['Iranian state TV called Araghchi (عراقچی) “the nation’s voice” in Muscat.'],
    expected: [
      { entity: 'iran', text: 'Iranian' },
      { entity: 'abbas-araghchi', text: 'Araghchi' },
      { entity: 'abbas-araghchi', text: 'عراقچی' },
    ],
    tags: ['persian', 'inflection'],
  },
  {
    id: 'persian-41',
    passages: ['عراقچی پیش از سفر به مسقط به عراق رفت.'],
    expected: [
      { entity: 'abbas-araghchi', text: 'عراقچی' },
      { entity: 'iraq', text: 'عراق' },
    ],
    tags: ['persian', 'near-miss'],
  },
  {
    id: 'persian-42',
    passages: ['تصویر خمینی و خامنه\u200Cای در همه ادارات دولتی دیده می\u200Cشود.'],
    expected: [
      { entity: 'ruhollah-khomeini', text: 'خمینی' },
      { entity: 'ali-khamenei', text: 'خامنه\u200Cای' },
    ],
    tags: ['persian', 'near-miss'],
  },
  // ---------------------------------------------------------------------------------------------
  // fuzzy: misspellings and transliterations a reader still recognises (labelled as written)
  // ---------------------------------------------------------------------------------------------
  {
    id: 'fuzzy-01',
    passages: ['Supreme Leader Khamenie has the final word on any agreement with Washington.'],
    expected: [
      { entity: 'ali-khamenei', text: 'Supreme Leader Khamenie' },
      { entity: 'washington', text: 'Washington' },
    ],
    tags: ['fuzzy'],
  },
  {
    id: 'fuzzy-02',
    passages: ["Ayatollah Ali Khameini told a gathering of students that talks would not solve Iran's problems."],
    expected: [
      { entity: 'ali-khamenei', text: 'Ayatollah Ali Khameini' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['fuzzy', 'multiword'],
  },
  {
    id: 'fuzzy-03',
    passages: ["Khamenehi's representative in the Guards called Trump's letter a trick."],
    expected: [
      { entity: 'ali-khamenei', text: 'Khamenehi' },
      { entity: 'donald-trump', text: 'Trump' },
    ],
    tags: ['fuzzy', 'possessive'],
  },
  {
    id: 'fuzzy-04',
    passages: ['In 1989 Ali Khamanei succeeded Khomeini as supreme leader.'],
    expected: [
      { entity: 'ali-khamenei', text: 'Ali Khamanei' },
      { entity: 'ruhollah-khomeini', text: 'Khomeini' },
    ],
    tags: ['fuzzy', 'near-miss'],
  },
  {
    id: 'fuzzy-05',
    passages: ['Secretary of State Marco Rubbio said the administration preferred diplomacy with Iran.'],
    expected: [
      { entity: 'marco-rubio', text: 'Secretary of State Marco Rubbio' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['fuzzy', 'multiword'],
  },
  {
    id: 'fuzzy-06',
    passages: ['Hizbollah said it would not hand over its weapons while Israeli troops remained in Lebanon.'],
    expected: [
      { entity: 'hezbollah', text: 'Hizbollah' },
      { entity: 'israel', text: 'Israeli' },
    ],
    tags: ['fuzzy'],
  },
  {
    id: 'fuzzy-07',
    passages: ['hezbolla and the houthies are both backed by iran lol, what did anyone expect'],
    expected: [
      { entity: 'hezbollah', text: 'hezbolla' },
      { entity: 'houthis', text: 'houthies' },
      { entity: 'iran', text: 'iran' },
    ],
    tags: ['fuzzy', 'case'],
  },
  {
    id: 'fuzzy-08',
    passages: ['Isreal and Iran traded strikes for twelve days in June.'],
    expected: [
      { entity: 'israel', text: 'Isreal' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['fuzzy'],
  },
  {
    id: 'fuzzy-09',
    passages: ['The Houthies claimed responsibility for the drone attack on the tanker.'],
    expected: [{ entity: 'houthis', text: 'Houthies' }],
    tags: ['fuzzy'],
  },
  {
    id: 'fuzzy-10',
    passages: ['Foreign Minister Abbas Araqchi arrived in Muscat on Saturday.'],
    expected: [{ entity: 'abbas-araghchi', text: 'Foreign Minister Abbas Araqchi' }],
    tags: ['fuzzy', 'alias'],
  },
  {
    id: 'fuzzy-11',
    passages: ['President Pezeshkiyan said Iran would never give up enrichment.'],
    expected: [
      { entity: 'masoud-pezeshkian', text: 'President Pezeshkiyan' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'uranium-enrichment', text: 'enrichment' },
    ],
    tags: ['fuzzy'],
  },
  {
    id: 'fuzzy-12',
    passages: ['Qassem Suleimani was buried in his hometown of Kerman.'],
    expected: [{ entity: 'qasem-soleimani', text: 'Qassem Suleimani' }],
    tags: ['fuzzy', 'alias'],
  },
  {
    id: 'fuzzy-13',
    passages: ['US bunker-busters hit Fordo, which is built deep inside a mountain near Qom.'],
    expected: [
      { entity: 'united-states', text: 'US' },
      { entity: 'fordow', text: 'Fordo' },
    ],
    tags: ['fuzzy', 'alias'],
  },
  {
    id: 'fuzzy-14',
    passages: ["Rohani's government spent two years negotiating with six world powers."],
    expected: [{ entity: 'hassan-rouhani', text: 'Rohani' }],
    tags: ['fuzzy', 'possessive'],
  },
  {
    id: 'fuzzy-15',
    passages: ['Netanyahoo is at it again, claiming Iran is weeks away from a bomb'],
    expected: [
      { entity: 'benjamin-netanyahu', text: 'Netanyahoo' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['fuzzy'],
  },
  {
    id: 'fuzzy-16',
    passages: ['Trump sent Steve Witkof to Muscat for the talks.'],
    expected: [
      { entity: 'donald-trump', text: 'Trump' },
      { entity: 'steve-witkoff', text: 'Steve Witkof' },
    ],
    tags: ['fuzzy'],
  },
  {
    id: 'fuzzy-17',
    passages: ['The JPCOA limited Iran to enriching uranium to 3.67%.'],
    expected: [
      { entity: 'jcpoa', text: 'JPCOA' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'uranium-enrichment', text: 'enriching uranium' },
    ],
    tags: ['fuzzy'],
  },
  {
    id: 'fuzzy-18',
    passages: ["Mohammed Javad Zarif, Iran's former top diplomat, said the West had squandered a chance."],
    expected: [
      { entity: 'mohammad-javad-zarif', text: 'Mohammed Javad Zarif' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['fuzzy', 'multiword'],
  },
  {
    id: 'fuzzy-19',
    passages: ['so the ayatolla khamenei says no talks and trump says maybe. same old same old'],
    expected: [
      { entity: 'ali-khamenei', text: 'ayatolla khamenei' },
      { entity: 'donald-trump', text: 'trump' },
    ],
    tags: ['fuzzy', 'case'],
  },
  {
    id: 'fuzzy-20',
    passages: ["Hizbullah and Hizballah are both common spellings of the Lebanese group's name."],
    expected: [
      { entity: 'hezbollah', text: 'Hizbullah' },
      { entity: 'hezbollah', text: 'Hizballah' },
    ],
    tags: ['fuzzy', 'alias'],
  },
  {
    id: 'fuzzy-21',
    passages: ["Iran's top diplomat, Abbas Araghchy, said the talks had been useful."],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'abbas-araghchi', text: 'Abbas Araghchy' },
    ],
    tags: ['fuzzy', 'possessive'],
  },
  {
    id: 'fuzzy-22',
    passages: ['Iran has threatened to close the Strait of Hormoz if it is attacked again.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'strait-of-hormuz', text: 'Strait of Hormoz' },
    ],
    tags: ['fuzzy', 'multiword'],
  },
  {
    id: 'fuzzy-23',
    passages: ["Khamenei, Khamenehi, Khamene'i: however you spell it, he has the last word."],
    expected: [
      { entity: 'ali-khamenei', text: 'Khamenei' },
      { entity: 'ali-khamenei', text: 'Khamenehi' },
      { entity: 'ali-khamenei', text: "Khamene'i" },
    ],
    tags: ['fuzzy', 'alias'],
  },
  {
    id: 'fuzzy-24',
    passages: ['Qassim Soleimani’s portrait hangs in the lobby of the ministry.'],
    expected: [{ entity: 'qasem-soleimani', text: 'Qassim Soleimani' }],
    tags: ['fuzzy', 'possessive', 'unicode'],
  },
  {
    id: 'fuzzy-25',
    passages: ['The Isreali cabinet met late into the night to discuss the Iranian proposal.'],
    expected: [
      { entity: 'israel', text: 'Isreali' },
      { entity: 'iran', text: 'Iranian' },
    ],
    tags: ['fuzzy', 'inflection'],
  },
  {
    id: 'fuzzy-26',
    passages: ['Esfahan, home to a uranium conversion facility, was hit on the second night of the war.'],
    expected: [{ entity: 'isfahan', text: 'Esfahan' }],
    tags: ['fuzzy', 'alias'],
  },
  // ---------------------------------------------------------------------------------------------
  // near-miss: look-alike words and different entities (Khomeini is a different entity)
  // ---------------------------------------------------------------------------------------------
  {
    id: 'near-miss-01',
    passages: ["Iraq's parliament voted to ask foreign troops to leave after the strike near Baghdad airport."],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-02',
    passages: ['Iraqi Kurds celebrated the new year with bonfires in Erbil.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-03',
    passages: ["Ayatollah Khomeini's portrait still hangs beside Khamenei's in government offices."],
    expected: [
      { entity: 'ruhollah-khomeini', text: 'Ayatollah Khomeini' },
      { entity: 'ali-khamenei', text: 'Khamenei' },
    ],
    tags: ['near-miss', 'possessive'],
  },
  {
    id: 'near-miss-04',
    passages: ['By Daniel Rubin, Staff Writer', 'The city council approved the new parking rules by seven votes to two.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-05',
    passages: ['We had dumplings in Chinatown and then walked down to the waterfront.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-06',
    passages: ["Grandma's china plates only came out for Thanksgiving dinner."],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-07',
    passages: ['He played the trumpet in the school jazz band for three years.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-08',
    passages: ['Press freedom groups say the charges against the journalist were trumped-up.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-09',
    passages: ['The bird sanctuary will be closed to visitors during the nesting season.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-10',
    passages: ["The museum's new wing is devoted to ancient Assyria and its palace reliefs."],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-11',
    passages: ['Flights from Amman to Omaha now require two connections.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-12',
    passages: ['Mojtaba Khamenei, a mid-ranking cleric, is often named as a possible successor to his father.'],
    expected: [
      { entity: 'mojtaba-khamenei', text: 'Mojtaba Khamenei' },
    ],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-13',
    passages: ['Kataib Hezbollah, an Iraqi militia, claimed the drone attack on the base in Jordan.'],
    expected: [
      { entity: 'iraqi-militias', text: 'Kataib Hezbollah' },
    ],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-14',
    passages: ['The International Energy Agency cut its forecast for oil demand growth next year.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-15',
    passages: ['The National Security Council met at the White House to discuss the response.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-16',
    passages: ["Iran's Supreme National Security Council approved the decision to suspend cooperation with inspectors."],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'supreme-national-security-council', text: 'Supreme National Security Council' },
    ],
    tags: ['near-miss', 'possessive'],
  },
  {
    id: 'near-miss-17',
    passages: ['The Iran-Iraq war of the 1980s killed hundreds of thousands of people on both sides.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'iraq', text: 'Iraq' },
    ],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-18',
    passages: ['Boman Irani plays the eccentric college director in the film.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-19',
    passages: ['Romanian officials said the wheat harvest had exceeded forecasts.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-20',
    passages: ['Ayumi Hamasaki announced a farewell tour of Japan.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-21',
    passages: ['Oatmeal raisin cookies are best with a little cinnamon and a pinch of salt.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-22',
    passages: ['Fordham University and the Ford Foundation co-hosted the lecture.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-23',
    passages: ['Suleiman the Magnificent ruled the Ottoman Empire for 46 years.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-24',
    passages: ['The city of Hama was the scene of a brutal crackdown in 1982, when government forces besieged it for weeks.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-25',
    passages: ['Persian cats need daily grooming to keep their long coats from matting.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-26',
    passages: ['I finished Prince of Persia in one weekend and immediately started it again.'],
    expected: [],
    tags: ['near-miss', 'ambiguous'],
  },
  {
    id: 'near-miss-27',
    passages: ['Kerrygold butter is made from the milk of grass-fed Irish cows.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-28',
    passages: ['The Israelites crossed the Red Sea, according to the Book of Exodus.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-29',
    passages: ['The storm moved across the Gulf of Mexico overnight and is expected to make landfall on Thursday.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-30',
    passages: ['Hassan Khomeini, a grandson of Ruhollah Khomeini, was barred from standing for the Assembly of Experts.'],
    expected: [
      { entity: 'ruhollah-khomeini', text: 'Ruhollah Khomeini' },
      { entity: 'assembly-of-experts', text: 'Assembly of Experts' },
    ],
    tags: ['near-miss', 'multiword'],
  },
  {
    id: 'near-miss-31',
    passages: ['Trumpington Road will be closed for resurfacing until the end of the month.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-32',
    passages: ['Sanctimonious lectures about the sanctity of marriage fill his weekly column.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-33',
    passages: ["Iraq's foreign minister flew to Tehran to pass on a message from Washington."],
    expected: [
      { entity: 'iraq', text: 'Iraq' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'washington', text: 'Washington' },
    ],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-34',
    passages: ['Khomeini founded the Islamic Republic; Khamenei has ruled it for more than three decades.'],
    expected: [
      { entity: 'ruhollah-khomeini', text: 'Khomeini' },
      { entity: 'iran', text: 'Islamic Republic' },
      { entity: 'ali-khamenei', text: 'Khamenei' },
    ],
    tags: ['near-miss', 'ambiguous'],
  },
  {
    id: 'near-miss-35',
    passages: ['The Assyrian Church of the East uses Syriac in its liturgy.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'near-miss-36',
    passages: ['Rubin and Rubinstein, the law firm, moved its offices to Rubio Street last year.'],
    expected: [],
    tags: ['near-miss', 'ambiguous'],
  },
  // ---------------------------------------------------------------------------------------------
  // ambiguous: surnames and common nouns that are the entity only in the right sense
  // ---------------------------------------------------------------------------------------------
  {
    id: 'ambiguous-01',
    passages: ['Ricky Rubio had 12 assists as Barcelona beat Real Madrid at the Palau.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-02',
    passages: ['Rubio told reporters that Tehran had until the end of the month to respond.'],
    expected: [
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['ambiguous', 'context'],
  },
  {
    id: 'ambiguous-03',
    passages: ['With spades as the trump suit, even a lowly two of spades trumps the ace of hearts.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-04',
    passages: ['Her raw talent trumps his experience, the coach said before the final.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-05',
    passages: ['UEFA imposed sanctions on the club for breaching financial fair play rules.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-06',
    passages: ['An international congress of mathematicians opened in Philadelphia on Monday.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-07',
    passages: ['Congress must approve any sanctions relief for Iran, Republican leaders insist.'],
    expected: [
      { entity: 'us-congress', text: 'Congress' },
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-08',
    passages: ['Wildfires forced evacuations in eastern Washington, where crews battled the flames near Spokane.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-09',
    passages: ['Denzel Washington won his second Oscar for Training Day.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-10',
    passages: ['Kerry Washington starred as a crisis manager in the political drama Scandal.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-11',
    passages: ['The Ring of Kerry is a scenic route through County Kerry in south-west Ireland.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-12',
    passages: ['Kerry and Zarif spent more than two weeks together in Vienna hammering out the final text of the nuclear deal.'],
    expected: [
      { entity: 'john-kerry', text: 'Kerry' },
      { entity: 'mohammad-javad-zarif', text: 'Zarif' },
      { entity: 'jcpoa', text: 'nuclear deal' },
    ],
    tags: ['ambiguous', 'context'],
  },
  {
    id: 'ambiguous-13',
    passages: ["Bibi, the family's African grey parrot, can say forty words."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-14',
    passages: ['Bibi has spent three decades warning the world about an Iranian bomb.'],
    expected: [
      { entity: 'benjamin-netanyahu', text: 'Bibi' },
      { entity: 'iran', text: 'Iranian' },
    ],
    tags: ['ambiguous', 'context'],
  },
  {
    id: 'ambiguous-15',
    passages: ["North Korea's nuclear program has advanced rapidly since talks with Washington collapsed in 2019."],
    expected: [{ entity: 'washington', text: 'Washington' }],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-16',
    passages: ['The school runs a summer enrichment program for gifted students.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-17',
    passages: ['Olive oil prices have doubled after two years of drought in southern Europe.'],
    expected: [],
    tags: ['ambiguous', 'near-miss'],
  },
  {
    id: 'ambiguous-18',
    passages: ['Oil prices rose sharply after Iran threatened to close the Strait of Hormuz.'],
    expected: [
      { entity: 'energy-prices', text: 'Oil prices' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'strait-of-hormuz', text: 'Strait of Hormuz' },
    ],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-19',
    passages: ["Norway's oil exports brought in a record sum last year."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-20',
    passages: ["Tehran's oil exports have recovered to around 1.5 million barrels a day despite sanctions."],
    expected: [
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'oil-exports', text: 'oil exports' },
      { entity: 'sanctions', text: 'sanctions' },
    ],
    tags: ['ambiguous', 'possessive'],
  },
  {
    id: 'ambiguous-21',
    passages: ['The Islamic Republic of Pakistan held its general election in February.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-22',
    passages: ['Officials in the Islamic Republic insist that their nuclear program is purely civilian.'],
    expected: [
      { entity: 'iran', text: 'Islamic Republic' },
      { entity: 'iran-nuclear-program', text: 'nuclear program' },
    ],
    tags: ['ambiguous', 'context'],
  },
  {
    id: 'ambiguous-23',
    passages: ['Police ended a six-hour hostage crisis at a bank in central Stockholm.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-24',
    passages: ['The 1979 revolution in Nicaragua toppled the Somoza family.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-25',
    passages: ['Always check the maximum pressure printed on the tyre sidewall before inflating it.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-26',
    passages: ['The Cold War saw proxy wars fought in Angola, Afghanistan and Central America.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-27',
    passages: ['He wore his snapback backwards with a pair of vintage trainers.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-28',
    passages: ["Stocks staged a snap-back rally after Monday's sell-off."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-29',
    passages: ['Iran says the snapback has no legal basis because the E3 themselves broke the deal.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'snapback', text: 'snapback' },
      { entity: 'e3', text: 'E3' },
    ],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-30',
    passages: ["The pasta at Grossi's trattoria is made by hand every morning."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-31',
    passages: ['Bank of America raised its year-end forecast for the S&P 500.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-32',
    passages: ["Team New Zealand successfully defended the America's Cup in Barcelona."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-33',
    passages: ["Washington has long sought to limit Iran's influence in the region."],
    expected: [
      { entity: 'washington', text: 'Washington' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['ambiguous', 'possessive'],
  },
  {
    id: 'ambiguous-34',
    passages: ['Congress Party leaders in New Delhi criticised the budget.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-35',
    passages: ['Russian roulette is not a game, the coroner told the inquest.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-36',
    passages: ['sanctions? the ref sanctioned him with a yellow card for diving, that was it'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-37',
    passages: ['Bank Sepah was among the Iranian banks cut off from the SWIFT network.'],
    expected: [{ entity: 'iran', text: 'Iranian' }],
    tags: ['ambiguous', 'near-miss'],
  },
  {
    id: 'ambiguous-38',
    passages: ['Captain America: Brave New World topped the box office for a second weekend.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-39',
    passages: ["South America's largest economy is Brazil."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-40',
    passages: ['The Security Council voted 4-9 against a resolution that would have kept sanctions on Iran suspended.'],
    expected: [
      { entity: 'un-security-council', text: 'Security Council' },
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-41',
    passages: ['Washington Irving wrote The Legend of Sleepy Hollow.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-42',
    passages: ['George Washington crossed the Delaware on Christmas night, 1776.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-43',
    passages: ["Japan's nuclear watchdog approved the restart of the reactor."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-44',
    passages: ['The nuclear watchdog said Iran had enough material for several weapons if it were further enriched.'],
    expected: [
      { entity: 'iaea', text: 'nuclear watchdog' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-45',
    passages: ['America will not allow Iran to get a nuclear weapon, Rubio said.'],
    expected: [
      { entity: 'united-states', text: 'America' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'marco-rubio', text: 'Rubio' },
    ],
    tags: ['ambiguous', 'context'],
  },
  {
    id: 'ambiguous-46',
    passages: ['Melania Trump unveiled a new children’s literacy campaign at the White House.'],
    expected: [],
    tags: ['ambiguous', 'near-miss'],
  },
  {
    id: 'ambiguous-47',
    passages: ["Michelle Obama's memoir sold millions of copies in its first year."],
    expected: [],
    tags: ['ambiguous', 'near-miss'],
  },
  {
    id: 'ambiguous-48',
    passages: ['Iranian officials prefer the term West Asia to Middle East.'],
    expected: [
      { entity: 'iran', text: 'Iranian' },
      { entity: 'middle-east', text: 'West Asia' },
      { entity: 'middle-east', text: 'Middle East' },
    ],
    tags: ['ambiguous', 'multiword'],
  },
  {
    id: 'ambiguous-49',
    passages: ['A nuclear deal with Pyongyang remains out of reach, South Korean officials said.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-50',
    passages: ['Sanctions have cut sales of Iranian oil, but Chinese buyers keep the trade alive.'],
    expected: [
      { entity: 'sanctions', text: 'Sanctions' },
      { entity: 'oil-exports', text: 'Iranian oil' },
      { entity: 'china', text: 'Chinese' },
    ],
    tags: ['ambiguous', 'inflection'],
  },
  {
    id: 'ambiguous-51',
    passages: ['The chef’s signature dish pairs Chinese cabbage with smoked eel and a sharp plum sauce.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-52',
    passages: ['Washington Commanders fans packed the stadium for the season opener.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'ambiguous-53',
    passages: ['Chinese refiners took about 1.4 million barrels a day of Iranian crude in March.'],
    expected: [
      { entity: 'china', text: 'Chinese' },
      { entity: 'oil-exports', text: 'Iranian crude' },
    ],
    tags: ['ambiguous', 'inflection'],
  },
  {
    id: 'ambiguous-54',
    passages: ['Zarif, a word that means "elegant" in Persian, is also a common family name in Iran and Afghanistan.'],
    expected: [{ entity: 'iran', text: 'Iran' }],
    tags: ['ambiguous'],
  },
  // ---------------------------------------------------------------------------------------------
  // multiword: long names count once; names never join across passages
  // ---------------------------------------------------------------------------------------------
  {
    id: 'multiword-01',
    passages: ['Remembering the greatest: Muhammad Ali', 'Khamenei’s speech on Sunday dominated the front pages in Tehran.'],
    expected: [
      { entity: 'ali-khamenei', text: 'Khamenei' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['multiword', 'possessive'],
  },
  {
    id: 'multiword-02',
    passages: ['Manchester United', 'States across the region are watching the talks closely.'],
    expected: [],
    tags: ['multiword'],
  },
  {
    id: 'multiword-03',
    passages: ['She said the words in Persian', 'Gulf Air resumed flights to Bahrain on Monday.'],
    expected: [],
    tags: ['multiword'],
  },
  {
    id: 'multiword-04',
    passages: ['The Islamic Revolutionary Guard Corps fired a barrage of missiles at Israel.'],
    expected: [
      { entity: 'irgc', text: 'Islamic Revolutionary Guard Corps' },
      { entity: 'israel', text: 'Israel' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-05',
    passages: ['UN Security Council Resolution 2231 endorsed the deal and set a ten-year timetable.'],
    expected: [
      { entity: 'resolution-2231', text: 'UN Security Council Resolution 2231' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-06',
    passages: ['Secretary of State Marco Rubio and Special Envoy Steve Witkoff will lead the US delegation.'],
    expected: [
      { entity: 'marco-rubio', text: 'Secretary of State Marco Rubio' },
      { entity: 'steve-witkoff', text: 'Special Envoy Steve Witkoff' },
      { entity: 'united-states', text: 'US' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-07',
    passages: ['The Kingdom of Saudi Arabia and the Sultanate of Oman issued a joint statement welcoming the talks.'],
    expected: [
      { entity: 'saudi-arabia', text: 'Kingdom of Saudi Arabia' },
      { entity: 'oman', text: 'Sultanate of Oman' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-08',
    passages: ['Britain, France and Germany said Iran had not met its obligations.'],
    expected: [
      { entity: 'e3', text: 'Britain, France and Germany' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-09',
    passages: ['The United States of America and the Islamic Republic of Iran have had no diplomatic relations since 1980.'],
    expected: [
      { entity: 'united-states', text: 'United States of America' },
      { entity: 'iran', text: 'Islamic Republic of Iran' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-10',
    passages: ['Talks to revive the Iran nuclear deal broke down in 2022.'],
    expected: [{ entity: 'jcpoa', text: 'Iran nuclear deal' }],
    tags: ['multiword'],
  },
  {
    id: 'multiword-11',
    passages: ['Western intelligence agencies have tracked the Iranian nuclear programme since the 1990s.'],
    expected: [{ entity: 'iran-nuclear-program', text: 'Iranian nuclear programme' }],
    tags: ['multiword'],
  },
  {
    id: 'multiword-12',
    passages: ['Interview with Ali', 'Khamenei has not appeared in public since the ceasefire, state media said.'],
    expected: [{ entity: 'ali-khamenei', text: 'Khamenei' }],
    tags: ['multiword'],
  },
  {
    id: 'multiword-13',
    passages: ['Historians still argue over what caused the Iranian Revolution.'],
    expected: [{ entity: 'islamic-revolution', text: 'Iranian Revolution' }],
    tags: ['multiword'],
  },
  {
    id: 'multiword-14',
    passages: ['Tankers queued at the entrance to the Straits of Hormuz.'],
    expected: [{ entity: 'strait-of-hormuz', text: 'Straits of Hormuz' }],
    tags: ['multiword'],
  },
  {
    id: 'multiword-15',
    passages: ['Supreme Leader Ali Khamenei and President Masoud Pezeshkian appeared together at the ceremony.'],
    expected: [
      { entity: 'ali-khamenei', text: 'Supreme Leader Ali Khamenei' },
      { entity: 'masoud-pezeshkian', text: 'President Masoud Pezeshkian' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-16',
    passages: ['Lawmakers on Capitol Hill demanded a classified briefing on the strikes.'],
    expected: [{ entity: 'us-congress', text: 'Capitol Hill' }],
    tags: ['multiword'],
  },
  {
    id: 'multiword-17',
    passages: ['A resolution in the U.S. Congress would require a vote on any deal with Iran.'],
    expected: [
      { entity: 'us-congress', text: 'U.S. Congress' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['multiword', 'case'],
  },
  {
    id: 'multiword-18',
    passages: ['Satellite images show new tunnelling at the Fordow Fuel Enrichment Plant.'],
    expected: [{ entity: 'fordow', text: 'Fordow Fuel Enrichment Plant' }],
    tags: ['multiword'],
  },
  {
    id: 'multiword-19',
    passages: ['Since the Twelve-Day War, Iranian officials have described talks as pointless.'],
    expected: [
      { entity: 'june-2025-war', text: 'Twelve-Day War' },
      { entity: 'iran', text: 'Iranian' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-20',
    passages: ['The Iranian interests section in Washington, DC, operates under the embassy of Pakistan.'],
    expected: [
      { entity: 'iran', text: 'Iranian' },
      { entity: 'washington', text: 'Washington, DC' },
      { entity: 'pakistan', text: 'Pakistan' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-21',
    passages: ['President Donald Trump signed the memorandum restoring maximum pressure on 4 February.'],
    expected: [
      { entity: 'donald-trump', text: 'President Donald Trump' },
      { entity: 'maximum-pressure', text: 'maximum pressure' },
    ],
    tags: ['multiword'],
  },
  {
    id: 'multiword-22',
    passages: ['Ali Hosseini Khamenei was born in Mashhad in 1939.'],
    expected: [{ entity: 'ali-khamenei', text: 'Ali Hosseini Khamenei' }],
    tags: ['multiword'],
  },
  {
    id: 'multiword-23',
    passages: ['Washington and Tehran traded messages through Oman for weeks', 'Kerry Washington hosts a charity gala in Los Angeles'],
    expected: [
      { entity: 'washington', text: 'Washington' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'oman', text: 'Oman' },
    ],
    tags: ['multiword', 'ambiguous'],
  },
  {
    id: 'multiword-24',
    passages: ['The Joint Comprehensive Plan of Action, or JCPOA, took effect in January 2016.'],
    expected: [
      { entity: 'jcpoa', text: 'Joint Comprehensive Plan of Action' },
      { entity: 'jcpoa', text: 'JCPOA' },
    ],
    tags: ['multiword', 'alias'],
  },
  {
    id: 'multiword-25',
    passages: ['Operation Rising Lion began before dawn on 13 June with strikes on air defences and nuclear sites.'],
    expected: [{ entity: 'june-2025-war', text: 'Operation Rising Lion' }],
    tags: ['multiword'],
  },
  // ---------------------------------------------------------------------------------------------
  // caption: photo captions and credits
  // ---------------------------------------------------------------------------------------------
  {
    id: 'caption-01',
    passages: ['Secretary of State Marco Rubio speaks to reporters at the State Department in Washington, D.C., on Tuesday. (File photo)'],
    expected: [
      { entity: 'marco-rubio', text: 'Secretary of State Marco Rubio' },
      { entity: 'washington', text: 'Washington, D.C.' },
    ],
    tags: ['caption', 'multiword'],
  },
  {
    id: 'caption-02',
    passages: ["Iranians wave flags during a rally in Tehran's Enghelab Square, 11 February 2025."],
    expected: [
      { entity: 'iran', text: 'Iranians' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['caption', 'possessive'],
  },
  {
    id: 'caption-03',
    passages: ['A tanker sails through the Strait of Hormuz, off the coast of Oman.'],
    expected: [
      { entity: 'strait-of-hormuz', text: 'Strait of Hormuz' },
      { entity: 'oman', text: 'Oman' },
    ],
    tags: ['caption'],
  },
  {
    id: 'caption-04',
    passages: ['Ricky Rubio, left, celebrates with teammates after the final whistle.'],
    expected: [],
    tags: ['caption', 'ambiguous'],
  },
  {
    id: 'caption-05',
    passages: ['A woman walks past a mural of Ayatollah Ruhollah Khomeini and Ayatollah Ali Khamenei in central Tehran.'],
    expected: [
      { entity: 'ruhollah-khomeini', text: 'Ayatollah Ruhollah Khomeini' },
      { entity: 'ali-khamenei', text: 'Ayatollah Ali Khamenei' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['caption', 'near-miss'],
  },
  {
    id: 'caption-06',
    passages: ['A trumpeter performs at the riverside jazz festival on Saturday night.'],
    expected: [],
    tags: ['caption', 'near-miss'],
  },
  {
    id: 'caption-07',
    passages: ['Abbas Araghchi (right) shakes hands with Badr Albusaidi in Muscat. Photo: Omani foreign ministry'],
    expected: [
      { entity: 'abbas-araghchi', text: 'Abbas Araghchi' },
      { entity: 'badr-albusaidi', text: 'Badr Albusaidi' },
      { entity: 'oman', text: 'Omani' },
    ],
    tags: ['caption'],
  },
  {
    id: 'caption-08',
    passages: ['Satellite image of Natanz taken two days after the strikes.'],
    expected: [{ entity: 'natanz', text: 'Natanz' }],
    tags: ['caption'],
  },
  {
    id: 'caption-09',
    passages: ['Rafael Grossi, director general of the IAEA, arrives for a board meeting in Vienna.'],
    expected: [
      { entity: 'rafael-grossi', text: 'Rafael Grossi' },
      { entity: 'iaea', text: 'IAEA' },
    ],
    tags: ['caption'],
  },
  {
    id: 'caption-10',
    passages: ['Houthi supporters chant slogans at a rally in Sanaa, Yemen.'],
    expected: [
      { entity: 'houthis', text: 'Houthi' },
      { entity: 'yemen', text: 'Yemen' },
    ],
    tags: ['caption', 'inflection'],
  },
  {
    id: 'caption-11',
    passages: ['Bone china teacups on display at the antiques fair.'],
    expected: [],
    tags: ['caption', 'near-miss'],
  },
  {
    id: 'caption-12',
    passages: ['President Trump and Prime Minister Netanyahu at the White House in April.'],
    expected: [
      { entity: 'donald-trump', text: 'President Trump' },
      { entity: 'benjamin-netanyahu', text: 'Prime Minister Netanyahu' },
    ],
    tags: ['caption'],
  },
  {
    id: 'caption-13',
    passages: ['Visitors ride the Ferris wheel at the Washington State Fair in Puyallup.'],
    expected: [],
    tags: ['caption', 'ambiguous'],
  },
  {
    id: 'caption-14',
    passages: ['Revolutionary Guards on parade in Tehran. (Archive picture)'],
    expected: [
      { entity: 'irgc', text: 'Revolutionary Guards' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['caption'],
  },
  {
    id: 'caption-15',
    passages: ['A child holds a portrait of Qassem Soleimani at a memorial in Kerman.'],
    expected: [{ entity: 'qasem-soleimani', text: 'Qassem Soleimani' }],
    tags: ['caption'],
  },
  {
    id: 'caption-16',
    passages: ['The Congress of Vienna, as imagined by a court painter. (Museum collection)'],
    expected: [],
    tags: ['caption', 'ambiguous'],
  },
  {
    id: 'caption-17',
    passages: ['Hezbollah flags fly over a village in southern Lebanon.'],
    expected: [{ entity: 'hezbollah', text: 'Hezbollah' }],
    tags: ['caption'],
  },
  {
    id: 'caption-18',
    passages: ['Hassan Rouhani casts his vote at a polling station in Tehran, June 2021.'],
    expected: [
      { entity: 'hassan-rouhani', text: 'Hassan Rouhani' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['caption'],
  },
  {
    id: 'caption-19',
    passages: ['Students from Washington High School on a visit to the state capitol.'],
    expected: [],
    tags: ['caption', 'ambiguous'],
  },
  {
    id: 'caption-20',
    passages: ["Iran's President Masoud Pezeshkian addresses the UN General Assembly in New York."],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'masoud-pezeshkian', text: 'President Masoud Pezeshkian' },
    ],
    tags: ['caption', 'possessive'],
  },
  {
    id: 'caption-21',
    passages: ['John Kerry and Mohammad Javad Zarif in Vienna, July 2015. (File photo)'],
    expected: [
      { entity: 'john-kerry', text: 'John Kerry' },
      { entity: 'mohammad-javad-zarif', text: 'Mohammad Javad Zarif' },
    ],
    tags: ['caption'],
  },
  {
    id: 'caption-22',
    passages: ['By Sarah Rubin in Washington', 'Photo: A woman reads a newspaper in Tehran with Rubio’s remarks on the front page.'],
    expected: [
      { entity: 'washington', text: 'Washington' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'marco-rubio', text: 'Rubio' },
    ],
    tags: ['caption', 'near-miss', 'context'],
  },
  // ---------------------------------------------------------------------------------------------
  // headline: Title Case and ALL-CAPS headlines
  // ---------------------------------------------------------------------------------------------
  {
    id: 'headline-01',
    passages: ['Rubio: Trump Prefers Deal With Iran, Open To Direct Talks With Khamenei'],
    expected: [
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'donald-trump', text: 'Trump' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'ali-khamenei', text: 'Khamenei' },
    ],
    tags: ['headline'],
  },
  {
    id: 'headline-02',
    passages: ['TRUMP OPEN TO MEETING KHAMENEI, SAYS RUBIO'],
    expected: [
      { entity: 'donald-trump', text: 'TRUMP' },
      { entity: 'ali-khamenei', text: 'KHAMENEI' },
      { entity: 'marco-rubio', text: 'RUBIO' },
    ],
    tags: ['headline', 'case'],
  },
  {
    id: 'headline-03',
    passages: ['How To Trump Your Opponents At The Bridge Table'],
    expected: [],
    tags: ['headline', 'ambiguous'],
  },
  {
    id: 'headline-04',
    passages: ['Ricky Rubio Announces Retirement From International Basketball'],
    expected: [],
    tags: ['headline', 'ambiguous'],
  },
  {
    id: 'headline-05',
    passages: ['CONGRESS OF MATHEMATICIANS OPENS WITH RECORD ATTENDANCE'],
    expected: [],
    tags: ['headline', 'case', 'ambiguous'],
  },
  {
    id: 'headline-06',
    passages: ['Oil Prices Jump As Iran Seizes Tanker Near Hormuz'],
    expected: [
      { entity: 'energy-prices', text: 'Oil Prices' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'strait-of-hormuz', text: 'Hormuz' },
    ],
    tags: ['headline'],
  },
  {
    id: 'headline-07',
    passages: ["IRAN REJECTS 'HUMILIATING' TERMS; EU URGES RESTRAINT"],
    expected: [
      { entity: 'iran', text: 'IRAN' },
      { entity: 'european-union', text: 'EU' },
    ],
    tags: ['headline', 'case'],
  },
  {
    id: 'headline-08',
    passages: ["Sanctions Bite As Iran's Rial Hits Record Low"],
    expected: [
      { entity: 'sanctions', text: 'Sanctions' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['headline', 'possessive'],
  },
  {
    id: 'headline-09',
    passages: ['China Plates, Crystal Bowls: What Your Wedding List Says About You'],
    expected: [],
    tags: ['headline', 'near-miss'],
  },
  {
    id: 'headline-10',
    passages: ["Netanyahu Warns Against 'Bad Deal' As US-Iran Talks Resume"],
    expected: [
      { entity: 'benjamin-netanyahu', text: 'Netanyahu' },
      { entity: 'united-states', text: 'US' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['headline'],
  },
  {
    id: 'headline-11',
    passages: ["US SAYS 'TIME IS RUNNING OUT' FOR TEHRAN"],
    expected: [
      { entity: 'united-states', text: 'US' },
      { entity: 'tehran', text: 'TEHRAN' },
    ],
    tags: ['headline', 'case'],
  },
  {
    id: 'headline-12',
    passages: ['Chelsea Play Their Trump Card In Title Race'],
    expected: [],
    tags: ['headline', 'ambiguous'],
  },
  {
    id: 'headline-13',
    passages: ["Witkoff, Araghchi Hold 'Constructive' Talks In Muscat"],
    expected: [
      { entity: 'steve-witkoff', text: 'Witkoff' },
      { entity: 'abbas-araghchi', text: 'Araghchi' },
    ],
    tags: ['headline'],
  },
  {
    id: 'headline-14',
    passages: ['E3 Trigger Snapback, Starting 30-Day Clock On Iran Sanctions'],
    expected: [
      { entity: 'e3', text: 'E3' },
      { entity: 'snapback', text: 'Snapback' },
      { entity: 'sanctions', text: 'Iran Sanctions' },
    ],
    tags: ['headline', 'ambiguous'],
  },
  {
    id: 'headline-15',
    passages: ['Snapback Hats Are Back: Ten Picks For Summer'],
    expected: [],
    tags: ['headline', 'ambiguous'],
  },
  {
    id: 'headline-16',
    passages: ['ISRAEL STRIKES NATANZ, FORDOW; IRAN VOWS RESPONSE'],
    expected: [
      { entity: 'israel', text: 'ISRAEL' },
      { entity: 'natanz', text: 'NATANZ' },
      { entity: 'fordow', text: 'FORDOW' },
      { entity: 'iran', text: 'IRAN' },
    ],
    tags: ['headline', 'case'],
  },
  {
    id: 'headline-17',
    passages: ['Washington Wins Season Opener In Overtime Thriller'],
    expected: [],
    tags: ['headline', 'ambiguous'],
  },
  {
    id: 'headline-18',
    passages: ['Why Khamenei Still Says No'],
    expected: [{ entity: 'ali-khamenei', text: 'Khamenei' }],
    tags: ['headline'],
  },
  {
    id: 'headline-19',
    passages: ['The Houthis, Explained'],
    expected: [{ entity: 'houthis', text: 'Houthis' }],
    tags: ['headline'],
  },
  {
    id: 'headline-20',
    passages: ['JCPOA Critics Regroup On Capitol Hill'],
    expected: [
      { entity: 'jcpoa', text: 'JCPOA' },
      { entity: 'us-congress', text: 'Capitol Hill' },
    ],
    tags: ['headline', 'multiword'],
  },
  {
    id: 'headline-21',
    passages: ['Live: Iran-Israel War Enters Sixth Day'],
    expected: [{ entity: 'june-2025-war', text: 'Iran-Israel War' }],
    tags: ['headline', 'multiword'],
  },
  {
    id: 'headline-22',
    passages: ['Opinion: Maximum Pressure On Iran Has Failed. Try Something Else.'],
    expected: [
      { entity: 'maximum-pressure', text: 'Maximum Pressure' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['headline'],
  },
  {
    id: 'headline-23',
    passages: ['BREAKING: EXPLOSIONS REPORTED IN ISFAHAN'],
    expected: [{ entity: 'isfahan', text: 'ISFAHAN' }],
    tags: ['headline', 'case'],
  },
  {
    id: 'headline-24',
    passages: ['Congress Party Sweeps Local Elections In Karnataka'],
    expected: [],
    tags: ['headline', 'ambiguous'],
  },
  {
    id: 'headline-25',
    passages: ["Soleimani's Shadow Hangs Over New Round Of Talks"],
    expected: [{ entity: 'qasem-soleimani', text: 'Soleimani' }],
    tags: ['headline', 'possessive'],
  },
  {
    id: 'headline-26',
    passages: ['Mideast Braces For Fallout As Talks Stall'],
    expected: [{ entity: 'middle-east', text: 'Mideast' }],
    tags: ['headline'],
  },
  {
    id: 'headline-27',
    passages: ['RUSSIA, CHINA VOW TO BLOCK RETURN OF UN SANCTIONS ON IRAN'],
    expected: [
      { entity: 'russia', text: 'RUSSIA' },
      { entity: 'china', text: 'CHINA' },
      { entity: 'sanctions', text: 'SANCTIONS' },
      { entity: 'iran', text: 'IRAN' },
    ],
    tags: ['headline', 'case'],
  },
  {
    id: 'headline-28',
    passages: ['FINE CHINA AND SILVER: AUCTION HOUSE REPORTS RECORD SALE'],
    expected: [],
    tags: ['headline', 'case', 'near-miss'],
  },
  {
    id: 'headline-29',
    passages: ['Hamas Says Ceasefire Talks With Israel Have Stalled'],
    expected: [
      { entity: 'hamas', text: 'Hamas' },
      { entity: 'israel', text: 'Israel' },
    ],
    tags: ['headline'],
  },
  {
    id: 'headline-30',
    passages: ['From Obama To Trump: A Decade Of The Iran Nuclear Deal'],
    expected: [
      { entity: 'barack-obama', text: 'Obama' },
      { entity: 'donald-trump', text: 'Trump' },
      { entity: 'jcpoa', text: 'Iran Nuclear Deal' },
    ],
    tags: ['headline', 'multiword'],
  },
  // ---------------------------------------------------------------------------------------------
  // context: a short or ambiguous form resolved by the other passages of the same document
  // ---------------------------------------------------------------------------------------------
  {
    id: 'context-01',
    passages: ["Secretary of State Marco Rubio on Iran: 'The president would prefer a deal'", 'Rubio told reporters in Washington that talks could begin within weeks.'],
    expected: [
      { entity: 'marco-rubio', text: 'Secretary of State Marco Rubio' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'washington', text: 'Washington' },
    ],
    tags: ['context', 'headline'],
  },
  {
    id: 'context-02',
    passages: ["Spain's veteran point guard shines in qualifier", 'Rubio finished with 12 assists and 9 points as Spain beat Georgia.'],
    expected: [],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-03',
    passages: ['John Kerry looks back on the 2015 talks', 'Kerry said the agreement had been the best available at the time.'],
    expected: [
      { entity: 'john-kerry', text: 'John Kerry' },
      { entity: 'john-kerry', text: 'Kerry' },
    ],
    tags: ['context'],
  },
  {
    id: 'context-04',
    passages: ['Holiday guide: the west of Ireland', 'Kerry is at its best in late spring, before the coach tours arrive.'],
    expected: [],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-05',
    passages: ['IAEA chief Rafael Grossi visits Tehran', 'Grossi said inspectors needed to return to Fordow and Isfahan without delay.'],
    expected: [
      { entity: 'iaea', text: 'IAEA' },
      { entity: 'rafael-grossi', text: 'Rafael Grossi' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'rafael-grossi', text: 'Grossi' },
      { entity: 'fordow', text: 'Fordow' },
      { entity: 'isfahan', text: 'Isfahan' },
    ],
    tags: ['context'],
  },
  {
    id: 'context-06',
    passages: ['Netanyahu addresses the Knesset on Iran', 'Bibi, as supporters call him, said the threat had been set back by years.'],
    expected: [
      { entity: 'benjamin-netanyahu', text: 'Netanyahu' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'benjamin-netanyahu', text: 'Bibi' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-07',
    passages: ['Seattle braces for record heat', 'Washington has not seen temperatures like this since 2021, forecasters said.'],
    expected: [],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-08',
    passages: ['Iran talks: what comes next', 'Washington wants a halt to enrichment; Tehran insists it has a right to it under the Non-Proliferation Treaty.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'washington', text: 'Washington' },
      { entity: 'uranium-enrichment', text: 'enrichment' },
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'npt', text: 'Non-Proliferation Treaty' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-09',
    passages: ['Premier League charges club with financial breaches', 'If found guilty, the club could face sanctions including a points deduction.'],
    expected: [],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-10',
    passages: ["New US measures target Iran's oil trade", 'The sanctions hit 30 vessels of the so-called shadow fleet.'],
    expected: [
      { entity: 'united-states', text: 'US' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'sanctions', text: 'sanctions' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-11',
    passages: ['Mohammad Javad Zarif steps down', "Zarif, who led Iran's negotiating team for two years, said he had been pushed out by hardliners."],
    expected: [
      { entity: 'mohammad-javad-zarif', text: 'Mohammad Javad Zarif' },
      { entity: 'mohammad-javad-zarif', text: 'Zarif' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-12',
    passages: ["Remembering E3: gaming's biggest stage", 'At its peak the E3 showcase drew more than 60,000 visitors to Los Angeles.'],
    expected: [],
    tags: ['context', 'ambiguous', 'case'],
  },
  {
    id: 'context-13',
    passages: ['Europeans move to restore UN sanctions on Iran', "The E3 told the Security Council that Tehran was in 'significant non-performance' of its commitments."],
    expected: [
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'e3', text: 'E3' },
      { entity: 'un-security-council', text: 'Security Council' },
      { entity: 'tehran', text: 'Tehran' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-14',
    passages: ['Lawmakers return from recess', 'Congress must now decide whether to approve new sanctions on Iran before the deadline.'],
    expected: [
      { entity: 'us-congress', text: 'Congress' },
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-15',
    passages: ['Cardiologists gather in Madrid', 'The congress brought together 4,000 heart specialists from 90 countries.'],
    expected: [],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-16',
    passages: ['Uranium enrichment: the sticking point', 'Enrichment to 3.67% was allowed under the JCPOA; Iran is now at 60%.'],
    expected: [
      { entity: 'uranium-enrichment', text: 'Uranium enrichment' },
      { entity: 'uranium-enrichment', text: 'Enrichment' },
      { entity: 'jcpoa', text: 'JCPOA' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-17',
    passages: ['Garden notes', 'Autumn is the time for soil enrichment: dig in compost and well-rotted manure.'],
    expected: [],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-18',
    passages: ["Iran's leaders rule out talks under threat", 'The Islamic Republic will not negotiate with a gun to its head, officials said.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'iran', text: 'Islamic Republic' },
    ],
    tags: ['context', 'ambiguous', 'possessive'],
  },
  {
    id: 'context-19',
    passages: ['Pakistan election results', "The Islamic Republic's election commission put turnout at 47%."],
    expected: [],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-20',
    passages: ["Inside the IRGC's business empire", 'Sepah, as the force is known in Iran, controls construction firms, ports and telecoms.'],
    expected: [
      { entity: 'irgc', text: 'IRGC' },
      { entity: 'irgc', text: 'Sepah' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['context', 'ambiguous', 'possessive'],
  },
  {
    id: 'context-21',
    passages: ["Trump says Iran 'wants to talk'", "Trump, speaking aboard Air Force One, said a deal could come 'very fast'."],
    expected: [
      { entity: 'donald-trump', text: 'Trump' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'donald-trump', text: 'Trump' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-22',
    passages: ['Bridge column', 'West led the king of hearts; declarer ruffed and drew trumps in three rounds.'],
    expected: [],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-23',
    passages: ['Nuclear talks resume in Oman', 'The nuclear watchdog wants its inspectors back before any agreement is signed.'],
    expected: [
      { entity: 'oman', text: 'Oman' },
      { entity: 'iaea', text: 'nuclear watchdog' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-24',
    passages: ['The 1979 revolution, 46 years on', 'Iranians marked the anniversary with rallies across the country.'],
    expected: [
      { entity: 'islamic-revolution', text: '1979 revolution' },
      { entity: 'iran', text: 'Iranians' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-25',
    passages: ["Carter's presidency and the embassy siege in Tehran", 'The hostage crisis lasted 444 days and doomed his bid for re-election.'],
    expected: [
      { entity: 'tehran', text: 'Tehran' },
      { entity: 'iran-hostage-crisis', text: 'hostage crisis' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-26',
    passages: ['Oil markets on edge', 'Brent crude rose above $80 a barrel as tankers avoided the Persian Gulf.'],
    expected: [
      { entity: 'energy-prices', text: 'Oil markets' },
      { entity: 'energy-prices', text: 'Brent crude' },
      { entity: 'persian-gulf', text: 'Persian Gulf' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-27',
    passages: ['Rubio at the United Nations', 'Rubio said the sanctions would stay until Iran changed course.'],
    expected: [
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'marco-rubio', text: 'Rubio' },
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-28',
    passages: ['Obama-era accord', 'The nuclear deal lifted most international sanctions on Iran in January 2016.'],
    expected: [
      { entity: 'barack-obama', text: 'Obama' },
      { entity: 'jcpoa', text: 'nuclear deal' },
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-29',
    passages: ['Pyongyang summit ends without agreement', 'A nuclear deal remains out of reach, officials said, and sanctions will stay in place.'],
    expected: [],
    tags: ['context', 'ambiguous'],
  },
  {
    id: 'context-30',
    passages: ['Basketball: Spain stun Serbia', 'Ricky Rubio', 'Rubio, 34, said it was the best night of his international career.'],
    expected: [],
    tags: ['context', 'ambiguous', 'multiword'],
  },
  {
    id: 'context-31',
    passages: ['Gaza ceasefire talks', 'Hamas negotiators arrived in Cairo on Sunday.'],
    expected: [{ entity: 'hamas', text: 'Hamas' }],
    tags: ['context'],
  },
  {
    id: 'context-32',
    passages: ["Kerry's county team reach the final", 'Kerry beat Tyrone by three points in Croke Park.'],
    expected: [],
    tags: ['context', 'ambiguous', 'possessive'],
  },
  {
    id: 'context-33',
    passages: ['Lawmakers split on Iran', 'Congressional hawks want new sanctions; others back Witkoff’s diplomacy.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'us-congress', text: 'Congressional' },
      { entity: 'sanctions', text: 'sanctions' },
      { entity: 'steve-witkoff', text: 'Witkoff' },
    ],
    tags: ['context', 'inflection', 'possessive'],
  },
  // ---------------------------------------------------------------------------------------------
  // longer innocuous sentences from other topics, full of trap words: nothing to link
  // ---------------------------------------------------------------------------------------------
  {
    id: 'trap-01',
    passages: ["The under-12s trumped their older rivals 3-1 on Saturday, the winner coming from a corner that sailed over the keeper's outstretched hands into the top corner."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-02',
    passages: ['For the glaze, whisk orange zest into melted butter, brush it over the ham every twenty minutes, and serve on your best china with roast potatoes and buttered greens.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'trap-03',
    passages: ['Researchers found that enrichment of the soil with biochar raised wheat yields by a fifth, though the effect faded after the third growing season.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-04',
    passages: ['The town council voted to turn the old quarry into a wildlife sanctuary, with a visitor centre, two bird hides and a boardwalk across the wetland.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'trap-05',
    passages: ['Fans packed the community hall to watch the county final, in which Kerry came from four points down to beat Dublin in the last minute.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-06',
    passages: ["The marching band's new trumpet section rehearsed twice a week all summer and finally took first prize at the state competition in Omaha."],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'trap-07',
    passages: ["Using the new telescope, astronomers estimated the maximum pressure inside the gas giant's core at several million times that of Earth's atmosphere."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-08',
    passages: ['Our book club this month read a novel set in Chinatown in the 1920s, following a family laundry through two generations, a flood and a fire.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'trap-09',
    passages: ["The players' union said the sanctions imposed by the league after the brawl were disproportionate and would be appealed before the end of the season."],
    expected: [],
    tags: ['ambiguous', 'possessive'],
  },
  {
    id: 'trap-10',
    passages: ['Bake the Persian love cake for 35 minutes, until a skewer comes out clean, then scatter rose petals and crushed pistachios over the top.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'trap-11',
    passages: ["The city's convention centre will host an international congress on sleep medicine next spring, bringing some 5,000 doctors to town."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-12',
    passages: ['Denzel Washington and his son walked the red carpet together before the premiere, which was delayed by a sudden summer storm.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-13',
    passages: ['A snapback in consumer spending after the holidays helped the chain post its best quarter in three years, the company told shareholders on Thursday.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-14',
    passages: ["Engineers say the bridge's revolutionary guard rail design cut accidents on the mountain road by almost half within a year."],
    expected: [],
    tags: ['near-miss', 'multiword'],
  },
  {
    id: 'trap-15',
    passages: ['In the final round of the spelling bee, the winner correctly spelled "sanctimonious", "hegemony" and "Iraq" before lifting the trophy.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'trap-16',
    passages: ['The under-21 squad flew to Amman for a friendly against Jordan, then on to a training camp before the Asian qualifiers begin in the autumn.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'trap-17',
    passages: ["Rubin's famous vase illusion shows either a vase or two faces, depending on which part of the picture your brain treats as the background."],
    expected: [],
    tags: ['near-miss', 'possessive'],
  },
  {
    id: 'trap-18',
    passages: ['Guests at the wedding dined off vintage bone china, and the couple’s first dance was a jazz trumpet arrangement of an old love song.'],
    expected: [],
    tags: ['near-miss'],
  },
  {
    id: 'trap-19',
    passages: ['The mayor said the new bike lanes would trump any objections from drivers once people saw how much safer the streets had become.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-20',
    passages: ["The county fair's pie contest drew a record 140 entries this year, and the winning cherry lattice was baked by a retired nurse from Washington Township."],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-21',
    passages: ['Volunteers at the animal sanctuary say the Syrian hamsters and the Russian Blue kittens were adopted within a week of the open day.'],
    expected: [],
    tags: ['near-miss', 'inflection'],
  },
  {
    id: 'trap-22',
    passages: ['The choir sang Handel at the congress hall, and the encore, a rousing piece for organ and trumpet, brought the audience to its feet.'],
    expected: [],
    tags: ['ambiguous', 'near-miss'],
  },
  {
    id: 'trap-23',
    passages: ['Physicists measured the maximum pressure the new alloy could withstand before cracking, then sanctioned a second round of tests for the spring.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-24',
    passages: ['The Gaelic football season ended with Kerry lifting the cup, while in hurling the Cork manager was sanctioned for comments about the referee.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'trap-25',
    passages: ['Chinese takeaway, a bottle of wine and a film: that was our anniversary, and honestly it trumped every fancy restaurant we have ever tried.'],
    expected: [],
    tags: ['ambiguous', 'inflection'],
  },
  {
    id: 'trap-26',
    passages: ["Grossi's bakery on the corner of Main Street will close for renovation in January and reopen, with a larger café, in time for Easter."],
    expected: [],
    tags: ['ambiguous', 'possessive'],
  },
  {
    id: 'trap-27',
    passages: ['Let us remember that the library, the pool and the youth club all depend on volunteers, the chair of the parish council told the annual meeting.'],
    expected: [],
    tags: ['case'],
  },
  {
    id: 'trap-28',
    passages: ['A summer enrichment programme at the museum lets teenagers work alongside conservators restoring old maps of Arabia and the Levant.'],
    expected: [],
    tags: ['ambiguous'],
  },
  {
    id: 'persian-43',
    passages: ['سخنان خام\u0650نه\u200Cای در تلویزیون دولتی پخش شد.'],
    expected: [{ entity: 'ali-khamenei', text: 'خام\u0650نه\u200Cای' }],
    tags: ['persian', 'unicode'],
  },
  {
    id: 'persian-44',
    passages: ['قالت إ\u0650يران\u064F إنها مستعدة للحوار مع واشنطن.'],
    expected: [
      { entity: 'iran', text: 'إ\u0650يران\u064F' },
      { entity: 'washington', text: 'واشنطن' },
    ],
    tags: ['persian', 'unicode'],
  },
  {
    id: 'persian-45',
    passages: ['دیدار خامنه ای با فرماندهان سپاه'],
    expected: [
      { entity: 'ali-khamenei', text: 'خامنه ای' },
      { entity: 'irgc', text: 'سپاه' },
    ],
    tags: ['persian', 'ambiguous', 'headline'],
  },
  // ---------------------------------------------------------------------------------------------
  // more look-alikes: close in spelling, never linked by a reader (and one typo that is)
  // ---------------------------------------------------------------------------------------------
  {
    id: 'fuzzy-27',
    passages: ["Solve a Rubik's cube in under a minute with this beginner's method."],
    expected: [],
    tags: ['fuzzy', 'near-miss'],
  },
  {
    id: 'fuzzy-28',
    passages: ['The omens were good: sunshine, a dry pitch and a full house.'],
    expected: [],
    tags: ['fuzzy', 'near-miss'],
  },
  {
    id: 'fuzzy-29',
    passages: ['Trumpf, the German machine-tool maker, reported higher orders from carmakers.'],
    expected: [],
    tags: ['fuzzy', 'near-miss'],
  },
  {
    id: 'fuzzy-30',
    passages: ['Netanya’s beaches were packed on the first weekend of the summer holidays.'],
    expected: [],
    tags: ['fuzzy', 'near-miss', 'possessive'],
  },
  {
    id: 'fuzzy-31',
    passages: ['Obama, a fishing town in Fukui Prefecture, is famous for its grilled mackerel.'],
    expected: [],
    tags: ['fuzzy', 'ambiguous'],
  },
  {
    id: 'fuzzy-32',
    passages: ['Rubí, an industrial town near Barcelona, is holding its annual street festival.'],
    expected: [],
    tags: ['fuzzy', 'near-miss', 'unicode'],
  },
  {
    id: 'fuzzy-33',
    passages: ['Iraninan negotiators left Muscat without a date for the next round.'],
    expected: [{ entity: 'iran', text: 'Iraninan' }],
    tags: ['fuzzy', 'inflection'],
  },
  {
    id: 'fuzzy-34',
    passages: ['Grosse Pointe residents voted to keep the lakefront park open year-round.'],
    expected: [],
    tags: ['fuzzy', 'near-miss'],
  },
  {
    id: 'fuzzy-35',
    passages: ['Aragchi and Witkoff spoke for more than two hours, the Omani foreign minister said.'],
    expected: [
      { entity: 'abbas-araghchi', text: 'Aragchi' },
      { entity: 'steve-witkoff', text: 'Witkoff' },
      { entity: 'badr-albusaidi', text: 'Omani foreign minister' },
    ],
    tags: ['fuzzy', 'inflection'],
  },
  {
    id: 'unicode-29',
    passages: ['Let\u00A0us know if the fine\u00A0china set arrives damaged.'],
    expected: [],
    tags: ['unicode', 'case', 'near-miss'],
  },
  {
    id: 'unicode-30',
    passages: ['Ferries to the San Juan Islands in Washing\u00ADton State are running late.'],
    expected: [],
    tags: ['unicode', 'ambiguous'],
  },
  {
    id: 'unicode-31',
    passages: ['The con\u00ADgress of re\u00ADtired teach\u00ADers meets every sec\u00ADond Tues\u00ADday.'],
    expected: [],
    tags: ['unicode', 'ambiguous'],
  },

  // ---------------------------------------------------------------------------------------------
  // time: a title or a shared name names its holder on the document's date (cases dated)
  // ---------------------------------------------------------------------------------------------
  {
    id: 'time-01',
    published: '2026-05-12',
    passages: ["Iran's supreme leader urged Iranians to stand behind the negotiators, in a message read on state television."],
    expected: [
      { entity: 'mojtaba-khamenei', text: "Iran's supreme leader" },
      { entity: 'iran', text: 'Iranians' },
    ],
    tags: ['time'],
  },
  {
    id: 'time-02',
    published: '2019-06-20',
    passages: ["Iran's supreme leader said there would be no talks with the United States while sanctions remained."],
    expected: [
      { entity: 'ali-khamenei', text: "Iran's supreme leader" },
      { entity: 'united-states', text: 'United States' },
      { entity: 'sanctions', text: 'sanctions' },
    ],
    tags: ['time'],
  },
  {
    id: 'time-03',
    published: '1988-07-20',
    passages: ["Iran's supreme leader accepted the ceasefire, likening the decision to drinking poison."],
    expected: [{ entity: 'ruhollah-khomeini', text: "Iran's supreme leader" }],
    tags: ['time'],
  },
  {
    id: 'time-04',
    published: '2026-04-02',
    passages: ['Khamenei has not appeared in public since he was named, and his messages are read out by presenters.'],
    expected: [{ entity: 'mojtaba-khamenei', text: 'Khamenei' }],
    tags: ['time'],
  },
  {
    id: 'time-05',
    published: '2026-04-02',
    passages: ['Ali Khamenei led the country for 36 years. Khamenei was killed on the first day of the war.'],
    expected: [
      { entity: 'ali-khamenei', text: 'Ali Khamenei' },
      { entity: 'ali-khamenei', text: 'Khamenei' },
    ],
    tags: ['time', 'context'],
  },
  {
    id: 'time-06',
    published: '2025-11-20',
    passages: ['Mojtaba Khamenei has long run his father’s office.', 'Khamenei himself has not been seen at Friday prayers this year.'],
    expected: [
      { entity: 'mojtaba-khamenei', text: 'Mojtaba Khamenei' },
      { entity: 'mojtaba-khamenei', text: 'Khamenei' },
    ],
    tags: ['time', 'context'],
  },
  {
    id: 'time-07',
    published: '2026-06-20',
    passages: ['The late Ayatollah Ali Khamenei will be buried in Mashhad.', "Mojtaba Khamenei, Iran's supreme leader, is expected to lead the prayers."],
    expected: [
      { entity: 'ali-khamenei', text: 'late Ayatollah Ali Khamenei' },
      { entity: 'mojtaba-khamenei', text: 'Mojtaba Khamenei' },
      { entity: 'iran', text: 'Iran' },
    ],
    tags: ['time', 'multiword'],
  },
  {
    id: 'time-08',
    published: '2026-05-01',
    passages: ["Iran's Supreme Leader Mojtaba Khamenei thanked the armed forces."],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'mojtaba-khamenei', text: 'Supreme Leader Mojtaba Khamenei' },
    ],
    tags: ['time', 'multiword'],
  },
  {
    id: 'time-09',
    published: '2022-09-30',
    passages: ["Iran's president told the UN General Assembly that his country would not seek nuclear weapons."],
    expected: [{ entity: 'ebrahim-raisi', text: "Iran's president" }],
    tags: ['time'],
  },
  {
    id: 'time-10',
    published: '2025-09-25',
    passages: ["Iran's president met French President Emmanuel Macron in New York."],
    expected: [
      { entity: 'masoud-pezeshkian', text: "Iran's president" },
      { entity: 'france', text: 'French' },
    ],
    tags: ['time'],
  },
  {
    id: 'time-11',
    published: '2016-01-17',
    passages: ["Iran's foreign minister and the US secretary of state announced that the deal had been implemented."],
    expected: [
      { entity: 'mohammad-javad-zarif', text: "Iran's foreign minister" },
      { entity: 'john-kerry', text: 'US secretary of state' },
    ],
    tags: ['time'],
  },
  {
    id: 'time-12',
    published: '2026-03-20',
    passages: ["Iran's foreign minister said the strait would stay closed, while the US secretary of state called the demand absurd."],
    expected: [
      { entity: 'abbas-araghchi', text: "Iran's foreign minister" },
      { entity: 'marco-rubio', text: 'US secretary of state' },
    ],
    tags: ['time'],
  },
  {
    id: 'time-13',
    published: '2023-03-01',
    passages: ['The US secretary of state visited Ankara after the earthquake.'],
    expected: [],
    tags: ['time'],
  },
  {
    id: 'time-14',
    published: '2026-05-01',
    passages: ['The Israel-Iran war has sent Brent crude above $100 a barrel.'],
    expected: [
      { entity: 'iran-war-2026', text: 'Israel-Iran war' },
      { entity: 'energy-prices', text: 'Brent crude' },
    ],
    tags: ['time', 'context'],
  },
  {
    id: 'time-15',
    published: '2025-07-10',
    passages: ['The Israel-Iran war lasted twelve days.'],
    expected: [{ entity: 'june-2025-war', text: 'Israel-Iran war' }],
    tags: ['time'],
  },
  {
    id: 'time-16',
    published: '2026-06-20',
    passages: ['Critics in Congress said the Iran deal gives away too much.'],
    expected: [
      { entity: 'us-congress', text: 'Congress' },
      { entity: 'us-iran-mou-2026', text: 'Iran deal' },
    ],
    tags: ['time', 'ambiguous'],
  },
  {
    id: 'time-17',
    published: '2017-10-13',
    passages: ['Trump refused to certify the Iran deal, sending it to Congress.'],
    expected: [
      { entity: 'donald-trump', text: 'Trump' },
      { entity: 'jcpoa', text: 'Iran deal' },
      { entity: 'us-congress', text: 'Congress' },
    ],
    tags: ['time', 'ambiguous'],
  },
  {
    id: 'time-18',
    published: '2026-05-20',
    passages: ['رهبر انقلاب در پیامی از مذاکره‌کنندگان حمایت کرد.'],
    expected: [{ entity: 'mojtaba-khamenei', text: 'رهبر انقلاب' }],
    tags: ['time', 'persian'],
  },
  {
    id: 'time-19',
    published: '2020-01-08',
    passages: ['رهبر انقلاب گفت حمله موشکی یک سیلی بود.'],
    expected: [{ entity: 'ali-khamenei', text: 'رهبر انقلاب' }],
    tags: ['time', 'persian'],
  },
  {
    id: 'time-20',
    published: '2026-05-01',
    passages: ['Kim Jong Un, the Supreme Leader of North Korea, inspected a missile factory.'],
    expected: [],
    tags: ['time', 'anchor'],
  },

  // ---------------------------------------------------------------------------------------------
  // anchor: only what is distinctive of the story makes a page about it
  // ---------------------------------------------------------------------------------------------
  {
    id: 'anchor-01',
    published: '2026-04-02',
    passages: ['North Korea has widened its nuclear program at Yongbyon, where a new hall is used for enrichment.', 'The United States called for tighter US sanctions, while China and Russia blocked a new resolution.'],
    expected: [
      { entity: 'united-states', text: 'United States' },
      { entity: 'united-states', text: 'US' },
      { entity: 'china', text: 'China' },
      { entity: 'russia', text: 'Russia' },
    ],
    tags: ['anchor'],
  },
  {
    id: 'anchor-02',
    published: '2025-03-10',
    passages: ['Families of the hostages held in Gaza marched on Jerusalem, calling the hostage crisis a national wound.'],
    expected: [],
    tags: ['anchor'],
  },
  {
    id: 'anchor-03',
    published: '2026-02-09',
    passages: ['Pakistan votes', 'Polls closed across the Islamic Republic on Thursday evening.'],
    expected: [],
    tags: ['anchor', 'context'],
  },
  {
    id: 'anchor-04',
    published: '2025-11-04',
    passages: ['Markets wrap', 'Brent crude slipped 1% and oil prices ended the week lower as OPEC+ agreed to raise output.'],
    expected: [],
    tags: ['anchor'],
  },
  {
    id: 'anchor-05',
    published: '2026-03-10',
    passages: ['Markets wrap', 'Brent crude jumped as tankers stayed away from the Strait of Hormuz.'],
    expected: [
      { entity: 'energy-prices', text: 'Brent crude' },
      { entity: 'strait-of-hormuz', text: 'Strait of Hormuz' },
    ],
    tags: ['anchor', 'context'],
  },
  {
    id: 'anchor-06',
    published: '2025-05-01',
    passages: ['The proxy war in Sudan has drawn in the United Arab Emirates, officials in Washington say.'],
    expected: [
      { entity: 'washington', text: 'Washington' },
    ],
    tags: ['anchor', 'ambiguous'],
  },
  {
    id: 'anchor-07',
    published: '2025-05-01',
    passages: ['Venezuela says the US maximum pressure campaign has failed; Russia and China back Caracas.'],
    expected: [
      { entity: 'united-states', text: 'US' },
      { entity: 'russia', text: 'Russia' },
      { entity: 'china', text: 'China' },
    ],
    tags: ['anchor'],
  },
  {
    id: 'anchor-08',
    published: '2026-04-10',
    passages: ['Iran said it would not reopen the strait until the blockade ends.', 'Oil prices rose again on the news, and US sanctions on Chinese buyers were tightened.'],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'energy-prices', text: 'Oil prices' },
      { entity: 'sanctions', text: 'US sanctions' },
      { entity: 'china', text: 'Chinese' },
    ],
    tags: ['anchor', 'context'],
  },

  // ---------------------------------------------------------------------------------------------
  // address: words inside a web address or an outlet's name are not mentions
  // ---------------------------------------------------------------------------------------------
  {
    id: 'address-01',
    published: '2026-03-01',
    passages: ['Source: aljazeera.com/news/2026/3/1/us-israeli-strikes-in-iran-what-we-know/'],
    expected: [],
    tags: ['address'],
  },
  {
    id: 'address-02',
    published: '2026-03-01',
    passages: ['Watch America Live at 1pm for the latest on the strikes on Iran.'],
    expected: [{ entity: 'iran', text: 'Iran' }],
    tags: ['address', 'near-miss'],
  },
  {
    id: 'address-03',
    published: '2026-03-01',
    passages: ['Iran International and the Times of Israel both reported the blast in Tehran.'],
    expected: [{ entity: 'tehran', text: 'Tehran' }],
    tags: ['address', 'near-miss'],
  },
  {
    id: 'address-04',
    published: '2026-03-01',
    passages: ['More at https://www.example-news.com/world/iran-khamenei-killed and in our live blog on Iran.'],
    expected: [{ entity: 'iran', text: 'Iran' }],
    tags: ['address'],
  },

  // ---------------------------------------------------------------------------------------------
  // new-name: names and forms readers of 2026 coverage meet
  // ---------------------------------------------------------------------------------------------
  {
    id: 'new-name-01',
    published: '2026-04-12',
    passages: ['Vice President JD Vance and Jared Kushner led the US side in Islamabad, facing Mohammad Bagher Ghalibaf.'],
    expected: [
      { entity: 'jd-vance', text: 'Vice President JD Vance' },
      { entity: 'jared-kushner', text: 'Jared Kushner' },
      { entity: 'united-states', text: 'US' },
      { entity: 'mohammad-bagher-ghalibaf', text: 'Mohammad Bagher Ghalibaf' },
    ],
    tags: ['new-name'],
  },
  {
    id: 'new-name-02',
    published: '2026-03-17',
    passages: ['Ali Larijani, secretary of the Supreme National Security Council, was killed in a strike, Israel said.'],
    expected: [
      { entity: 'ali-larijani', text: 'Ali Larijani' },
      { entity: 'supreme-national-security-council', text: 'Supreme National Security Council' },
      { entity: 'israel', text: 'Israel' },
    ],
    tags: ['new-name'],
  },
  {
    id: 'new-name-03',
    published: '2026-03-02',
    passages: ['Pete Hegseth said Operation Epic Fury had hit its targets, and Kaja Kallas called for restraint.'],
    expected: [
      { entity: 'pete-hegseth', text: 'Pete Hegseth' },
      { entity: 'iran-war-2026', text: 'Operation Epic Fury' },
      { entity: 'kaja-kallas', text: 'Kaja Kallas' },
    ],
    tags: ['new-name'],
  },
  {
    id: 'new-name-04',
    published: '2026-01-10',
    passages: ['Reza Pahlavi, the exiled crown prince, urged Iranians to keep protesting.'],
    expected: [
      { entity: 'reza-pahlavi', text: 'Reza Pahlavi' },
      { entity: 'iran', text: 'Iranians' },
    ],
    tags: ['new-name'],
  },
  {
    id: 'new-name-05',
    published: '2026-03-01',
    passages: ['Iranian missiles were fired at Qatar, Bahrain, Kuwait and the United Arab Emirates, where US bases are.'],
    expected: [
      { entity: 'iran', text: 'Iranian' },
      { entity: 'qatar', text: 'Qatar' },
      { entity: 'bahrain', text: 'Bahrain' },
      { entity: 'kuwait', text: 'Kuwait' },
      { entity: 'united-arab-emirates', text: 'United Arab Emirates' },
      { entity: 'united-states', text: 'US' },
    ],
    tags: ['new-name'],
  },
  {
    id: 'new-name-06',
    published: '2025-08-28',
    passages: ['France, Germany and the UK triggered the snapback, the three said in a letter.'],
    expected: [
      { entity: 'e3', text: 'France, Germany and the UK' },
      { entity: 'snapback', text: 'snapback' },
    ],
    tags: ['new-name', 'multiword'],
  },
  {
    id: 'new-name-07',
    published: '2025-09-20',
    passages: ['Germany, France and Britain said Iran had not met its obligations under the JCPoA.'],
    expected: [
      { entity: 'e3', text: 'Germany, France and Britain' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'jcpoa', text: 'JCPoA' },
    ],
    tags: ['new-name', 'case'],
  },
  {
    id: 'new-name-08',
    published: '2026-02-07',
    passages: ['التقى عراقجي وويتكوف في مسقط، وقال بزشكيان إن المحادثات بداية جيدة.'],
    expected: [
      { entity: 'abbas-araghchi', text: 'عراقجي' },
      // Arabic writes "and" joined to the next word (وويتكوف): the name is in it.
      { entity: 'steve-witkoff', text: 'وويتكوف' },
      { entity: 'masoud-pezeshkian', text: 'بزشكيان' },
    ],
    tags: ['new-name', 'unicode'],
  },
  {
    id: 'new-name-09',
    published: '2026-06-18',
    passages: ['The Islamabad Memorandum of Understanding was signed on Thursday, Pakistan said.'],
    expected: [
      { entity: 'us-iran-mou-2026', text: 'Islamabad Memorandum of Understanding' },
      { entity: 'pakistan', text: 'Pakistan' },
    ],
    tags: ['new-name'],
  },
  {
    id: 'new-name-10',
    published: '2025-06-25',
    passages: ["Iran's parliament voted to suspend cooperation with the IAEA, though not to leave the Non-Proliferation Treaty."],
    expected: [
      { entity: 'iran', text: 'Iran' },
      { entity: 'iaea', text: 'IAEA' },
      { entity: 'npt', text: 'Non-Proliferation Treaty' },
    ],
    tags: ['new-name'],
  },
  {
    id: 'new-name-11',
    published: '2026-03-05',
    passages: ['Britain allowed its bases to be used for defensive missions; France and Germany said they had not been consulted.'],
    expected: [],
    tags: ['new-name'],
  },
  {
    id: 'new-name-12',
    published: '2026-03-05',
    passages: ['Britain allowed US bombers to use its bases for defensive strikes against Iran; France and Germany said they had not been consulted.'],
    expected: [
      { entity: 'united-kingdom', text: 'Britain' },
      { entity: 'united-states', text: 'US' },
      { entity: 'iran', text: 'Iran' },
      { entity: 'france', text: 'France' },
      { entity: 'germany', text: 'Germany' },
    ],
    tags: ['new-name', 'anchor'],
  },
];
