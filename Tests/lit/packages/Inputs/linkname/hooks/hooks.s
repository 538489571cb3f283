// An empty assembly file: it lets gc accept the bodyless hook.
