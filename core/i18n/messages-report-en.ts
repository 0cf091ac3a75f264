/** The doctor report's words (the page the user saves as PDF). */
export const reportMessagesEn = {} as const;
