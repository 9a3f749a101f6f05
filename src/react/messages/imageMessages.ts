/** Strings of the generation image grid and its placeholders. */
export const imageMessages = {
  rerunPrompt: 'Re-run prompt',
};
