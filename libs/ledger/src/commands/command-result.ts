/** What every command answers: the id it acted on and where its events landed. */
export interface CommandResult {
  id: string;
  /** The stream's revision after the command: send it back in If-Match. */
  revision: string;
  /** Global position of the last event written: wait for projections to reach it. */
  position: string;
}
