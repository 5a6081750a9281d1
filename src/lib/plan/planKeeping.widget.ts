/** The widget's planKeeping.ts (see vite.embed.config.ts): it keeps no plans, so its file carries no tools for them. */
export const KEEPS_PLANS: boolean = false;
