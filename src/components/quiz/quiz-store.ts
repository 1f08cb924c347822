// Where a quiz keeps its progress: the browser's localStorage, guarded, or a store an LMS package supplies.

/** Where progress is kept: localStorage, or what a listener of `quiz-connect` provides (an LMS's suspend_data). */
export interface QuizStore {
	get(name: string): string | null;
	set(name: string, value: string | null): void;
}

/** localStorage can be missing, full or throw (private modes, blocked storage): progress is then simply not kept. */
export const storage: QuizStore = {
	get(name: string): string | null {
		try {
			return window.localStorage.getItem(name);
		} catch {
			return null;
		}
	},
	set(name: string, value: string | null): void {
		try {
			if (value === null) window.localStorage.removeItem(name);
			else window.localStorage.setItem(name, value);
		} catch {
			/* not kept; the quiz still works */
		}
	},
};
