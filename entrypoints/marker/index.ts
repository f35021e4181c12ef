/**
 * The marker: the part of the content script a frame gets only once the background has found
 * something in its text (see protocol/marker-contract.ts). The background injects
 * this file into that frame; it registers what makes a frame's marks, and the first part,
 * already running there, creates one.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerMarker } from '../../protocol/marker-contract';
import { PageMarks } from './page-marks';

export default defineUnlistedScript(() => {
  registerMarker((input) => new PageMarks(input));
});
