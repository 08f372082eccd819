# chapter: 2
# the position counts each character before it as CPython's codec does
print("never")
word = "café \N{NO SUCH SIGN}"
