/** Node's file-system errors in words a catalogue maintainer can act on, with the code for searching. */
const WORDS: Record<string, string> = {
	ENOENT: 'it does not exist',
	ENOTDIR: 'it is not a folder',
	EISDIR: 'it is a folder',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ELOOP: 'it is a symbolic link',
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EIO: 'an input/output error on the disk',
	EROFS: 'the file system is read-only',
	EMFILE: 'too many files are open',
	ENAMETOOLONG: 'the name is too long',
	EBUSY: 'it is busy'
};

export function describeSystemError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	if (code && WORDS[code]) return `${WORDS[code]} (${code})`;
	return error instanceof Error ? error.message : String(error);
}
