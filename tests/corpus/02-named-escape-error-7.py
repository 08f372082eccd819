# chapter: 2
# a named sequence is no character name for \N{}
print("never")
pair = "\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"
