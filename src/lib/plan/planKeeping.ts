/**
 * Whether this build can keep dialogue plans on the device: the site can, on the pages that hand the wizard a draft
 * store. The widget never does (it opens the full plan in the tool) and swaps this module for planKeeping.widget.ts,
 * so that its one file leaves out what only keeping plans needs: the plan's editor and timeline, the drafts, plan
 * files and the full plan in Word. Read it where it decides, next to the condition it shortens, so the bundler sees
 * a constant.
 */
export const KEEPS_PLANS: boolean = true;
