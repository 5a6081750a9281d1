/** The tool's version, as package.json gives it: the record and the plan file say what produced them. */
export { version as TOOL_VERSION } from '../../package.json';
