# English: the SSH server: login, banners and its messages.
# Ids are area-prefixed (`serve-...`); every id here must exist in the other language too.

