/** A short reference people can read out on the phone: the first 8 characters of the id. */
export const bookingReference = (id: string) => id.slice(0, 8).toUpperCase();
