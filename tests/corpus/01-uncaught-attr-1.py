# chapter: 1
# uncaught AttributeError raised inside a method
class Account:
    def __init__(self, owner):
        self.owner = owner
    def describe(self):
        return self.owner + " has " + str(self.balance)
acct = Account("Ada")
print(acct.owner)
print(acct.describe())
