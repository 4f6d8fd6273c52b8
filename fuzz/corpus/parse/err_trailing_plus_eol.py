Python = "Python" +
