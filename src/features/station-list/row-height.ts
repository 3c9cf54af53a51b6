/** The height of one station option, in px: the virtualiser lays rows out by it. */
export const ROW_HEIGHT = 52;
