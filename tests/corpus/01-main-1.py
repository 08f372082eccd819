# chapter: 1
# __name__ is "__main__" for the script being run
def main():
    print("main runs")
print(__name__)
if __name__ == "__main__":
    main()
