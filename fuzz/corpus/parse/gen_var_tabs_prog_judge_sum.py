# Judge solution: read n numbers, print their sum and maximum.
import sys


def main():
	data = sys.stdin.read().split()
	n = int(data[0])
	nums = list(map(int, data[1:1 + n]))
	print(sum(nums), max(nums) if nums else 0)


if __name__ == "__main__":
	main()
