# attack: a huge power under an instruction limit (found by fuzzing the run target): the multiply is charged before it runs and refused, and the reported instruction count must stay within the limit (it said 10,423,440 for a limit of 200,000)
# expect: time_limit(instructions)  limits: instructions=200000 wall=1 memory=16M
44444444294954498305843685555555155544914991990094990044983058436855555551555449149919900949900018646676004986384308**50315
