class Animal:
    def speak(self):
        return 'generic'
    def intro(self):
        return 'I say ' + self.speak()
class Dog(Animal):
    def speak(self):
        return 'woof'
print(Animal().intro(), Dog().intro())
