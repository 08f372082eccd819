# chapter: 2
# computed names keep their exact spelling: no lowercase CJK name
print("never")
han = "\N{cjk unified ideograph-4e00}"
