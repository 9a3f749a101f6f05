/** Strings of the guided conflict flow (block, wait, delete). */
export const conflictMessages = {
  blockAndDelete: 'Block and delete when their generations finish',
};
