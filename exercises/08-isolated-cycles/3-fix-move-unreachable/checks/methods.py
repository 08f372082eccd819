import gc

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def deposit(self, amount):
        self.history.append(amount)
        return self.balance()

    def balance(self):
        total = 0
        for amount in self.history:
            total += amount
        return total

gc.collect()
account = Account("ada")
print(account.deposit(10))
gc.collect()
print(account.deposit(5), account.history)
