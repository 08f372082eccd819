# chapter: 2
# "\N{name}": a character by its Unicode name, decided when the literal is
# compiled, so the constant is the character itself
bullet = "\N{BULLET}"
print(ascii(bullet), len(bullet), bullet == "\u2022")
# stored names are found in any case; aliases too (LF, NBSP, BOM)
print("\N{latin small letter a}\N{Latin Capital Letter B}" == "aB")
print(ascii("\N{LF}\N{NBSP}\N{BYTE ORDER MARK}\N{NULL}"))
# equal constants of one unit are one object, however they are written
arrow, same_arrow = "\N{RIGHTWARDS ARROW} go", "\u2192 go"
print(arrow is same_arrow, "\N{LATIN SMALL LETTER A}" == chr(97))
# computed names: Hangul syllables from their jamo, CJK ideographs from their number
print(ascii("\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-2A6DF}\N{cjk compatibility ideograph-f900}\N{NUSHU CHARACTER-1B170}"))
# beyond the BMP: one character, not two
emoji = "\N{GRINNING FACE}"
print(len(emoji), hex(ord(emoji)))
# raw strings keep the escape as written; f-strings decode it, and its braces
# are the escape's, not a field's
x = 1
print(r"\N{BULLET}", len(r"\N{BULLET}"))
print(f"\N{DIGIT ONE}{x}\N{DIGIT TWO}", f"{x:\N{DIGIT THREE}>3}", f"{{\N{LEFT CURLY BRACKET}}}")
words = ["\N{GREEK SMALL LETTER ALPHA}", "\N{greek small letter beta}"]
print(ascii(words), [hex(ord(w)) for w in words])
