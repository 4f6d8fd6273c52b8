# Non-ASCII identifiers (PEP 3131) and non-ASCII text.
π = 3.14159
größe = 10
名前 = "name"
переменная = π * größe
Δx = 0.5
ñandú = [π, Δx]


def grüßen(名前):
    return "Hallo, " + 名前


class Ñoño:
    ŝ = 1

    def métode(self, α, β=2, *γ, δ, **ε):
        return α + β


λ = lambda ξ: ξ ** 2
print(grüßen("Welt"), Ñoño().métode(1, δ=3), λ(2))
_private = __dunder__ = x_1 = X2 = 1
ﬁ = 1
