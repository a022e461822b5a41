"""The Holidays dialog (File › Holidays…): the year's calendar and the agency's layer over it."""
