// What an Apply control says, in the boards' languages. One list for both halves: detection counts
// these controls on the page (lib/page/detect.ts, lib/page/extract/sections.ts), and the panel keeps
// clear of them (lib/panel/apply-buttons.ts).

/** The start of an Apply control's label ("Apply now", "Easy Apply", "Postuler"…). */
export const APPLY_LABEL =
  /^(?:apply|easy apply|apply now|apply for this (?:job|position|role)|submit (?:your )?application|i'?m interested|postuler|bewerben|candidatar)\b/i;
